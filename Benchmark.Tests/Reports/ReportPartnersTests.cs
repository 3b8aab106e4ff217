using Benchmark.Comparison;
using Benchmark.Reports.Composition;

namespace Benchmark.Tests.Reports;

/// <summary>The PDF's partner tables follow the engine's rule (strictly better, best quartile; the best get who may call them).</summary>
public sealed class ReportPartnersTests
{
    [Test]
    public void ZwolleReport_EveryPartnerTableIsTheEnginesList()
    {
        var engine = ReportTestData.Engine;
        var report = MunicipalityReportComposer.Compose(engine, ReportTestData.Zwolle, ReportTestData.Year, ReportTestData.Options());
        var partners = engine.Partners(ReportTestData.Year, ReportTestData.Zwolle).ToLookup(p => p.Indicator.Value);

        Assert.Multiple(() =>
        {
            foreach (var section in report.Indicators)
            {
                var expected = partners[section.Code].ToList();
                Assert.That(section.Partners.Table.Rows.Select(r => r[0]), Is.EqualTo(expected.Select(p => p.Name)), section.Code);
                var best = expected.Count > 0 && expected.All(p => p.Role == PartnerRole.LearnsFromYou);
                Assert.That(section.Partners.Heading.StartsWith("U hoort bij de besten", StringComparison.Ordinal), Is.EqualTo(best), section.Code);
            }

            // Zwolle is rank 1 of 31 on ICT costs per inhabitant: no partner ranked 2–7, but who may call Zwolle.
            var ict = report.Indicators.Single(s => s.Code == "ict_costs_per_inhabitant");
            Assert.That(ict.Partners.Heading, Does.StartWith("U hoort bij de besten; deze vergelijkbare gemeenten kunnen van u leren"));
        });
    }
}
