using Benchmark.Efficiency;
using Benchmark.Municipalities;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Rendering;

namespace Benchmark.Tests.Reports;

/// <summary>The efficiency page of the municipality report and of the learning-circle report.</summary>
public sealed class EfficiencyPageTests
{
    // Arnhem is not on the DEA frontier of its size class in the 2024 samples, so it has reference peers.
    private static readonly MunicipalityCode Arnhem = MunicipalityCode.Parse("GM0202");

    [Test]
    public void MunicipalityReport_Arnhem_PageShowsScorePeersExpectedValuesAndIndexInterval()
    {
        var engine = ReportTestData.Engine;
        var report = MunicipalityReportComposer.Compose(engine, Arnhem, ReportTestData.Year, ReportTestData.Options(language: Text.Language.English));

        var page = report.Efficiency!;
        var dea = new EfficiencyEngine(engine).Dea(ReportTestData.Year, focus: Arnhem, peers: ReportTestData.Options().Peers);
        var peers = dea.Result["GM0202"]!.Peers.Select(p => engine.Municipalities.Find(MunicipalityCode.Parse(p.Id))!.Name).ToList();
        var text = string.Join("\n", ReportTestData.PageTexts(PdfReportWriter.ToBytes(report)));
        Assert.Multiple(() =>
        {
            Assert.That(peers, Is.Not.Empty);
            Assert.That(page.Peers.Rows.Skip(2).Select(r => r[0]), Is.EqualTo(peers), "reference peers by name, λ order");
            Assert.That(page.KeyFigures.Select(f => f.Label), Does.Contain("Rank interval P5–P95"));
            Assert.That(page.Expected.Rows.Select(r => r[0]), Does.Contain("Overhead (%)"));
            Assert.That(text, Does.Contain("Efficiency and explanation").And.Contain("Reference peers on the efficient frontier").And.Contain("Expected value given structure").And.Contain("Composite index"));
            Assert.That(peers.Where(p => !text.Contains(p, StringComparison.Ordinal)), Is.Empty, "every peer named in the PDF");
        });
    }

    [Test]
    public void MunicipalityReport_Anonymized_ReferencePeersUseTheReportsLetters()
    {
        var engine = ReportTestData.Engine;
        var options = ReportTestData.Options(anonymize: true) with { AnonymizationKey = "test" };
        var report = MunicipalityReportComposer.Compose(engine, Arnhem, ReportTestData.Year, options);

        var dea = new EfficiencyEngine(engine).Dea(ReportTestData.Year, focus: Arnhem, peers: options.Peers);
        var peerCodes = dea.Result["GM0202"]!.Peers.Select(p => MunicipalityCode.Parse(p.Id)).ToList();
        var names = report.Efficiency!.Peers.Rows.Skip(2).Select(r => r[0]).ToList();
        // The same labels as everywhere else in the report: the report's own name mask.
        var mask = ReportContext.Create(engine, Arnhem, ReportTestData.Year, options).Mask;
        var expected = peerCodes.Select(mask.Name).ToList();
        var text = string.Join("\n", ReportTestData.PageTexts(PdfReportWriter.ToBytes(report)));
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EqualTo(expected));
            Assert.That(names, Has.All.StartWith("Gemeente "));
            Assert.That(peerCodes.Select(c => engine.Municipalities.Find(c)!.Name).Where(n => text.Contains(n, StringComparison.Ordinal)), Is.Empty, "no real peer name in the PDF");
            var inhabitants = peerCodes.Select(c => new EfficiencyEngine(engine).Figure(c, ReportTestData.Year, "inhabitants").ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")));
            Assert.That(inhabitants.Where(n => text.Contains(n, StringComparison.Ordinal)), Is.Empty, "no peer's inhabitants in the PDF");
            Assert.That(report.Efficiency.Peers.Rows.Skip(2).Select(r => r[^2]), Is.All.EqualTo("·"), "inhabitants column of the peers");
        });
    }

    [Test]
    public void CircleReport_LeerkringOost_HasOneEfficiencyRowPerMember()
    {
        var engine = ReportTestData.Engine;
        var report = LearningCircleComposer.Compose(engine, "Leerkring Oost", ReportTestData.Year, ReportTestData.Options());

        var page = report.Efficiency!;
        var text = string.Join("\n", ReportTestData.PageTexts(PdfReportWriter.ToBytes(report)));
        Assert.Multiple(() =>
        {
            Assert.That(page.Members.Rows, Has.Count.EqualTo(9));
            Assert.That(page.Members.Rows.Select(r => r[0]), Is.EquivalentTo(report.HeatMap.Members));
            Assert.That(text, Does.Contain("Efficiëntie en samengestelde index"));
        });
    }

    [Test]
    public void MunicipalityReport_FocusWithoutOverheadCosts_SaysWhyThereIsNoDeaScore()
    {
        // Amsterdam's 2024 sample row has no overhead costs (only the percentage), so the DEA leaves it out.
        var amsterdam = MunicipalityCode.Parse("GM0363");

        var page = MunicipalityReportComposer.Compose(ReportTestData.Engine, amsterdam, ReportTestData.Year, ReportTestData.Options()).Efficiency!;

        Assert.Multiple(() =>
        {
            Assert.That(page.KeyFigures[0].Value, Is.EqualTo("–"));
            Assert.That(page.PeersText, Is.EqualTo("GM0363 is buiten de DEA gelaten: overhead_costs ontbreekt (DEA heeft voor elke input en output een positieve waarde nodig)."));
            Assert.That(page.Peers.IsEmpty, Is.True);
            Assert.That(page.Expected.Rows, Is.Not.Empty, "the expected values do not need overhead costs");
        });
    }

    [Test]
    public void Options_EfficiencyOff_LeavesThePageOut() =>
        Assert.That(MunicipalityReportComposer.Compose(ReportTestData.Engine, Arnhem, ReportTestData.Year, ReportTestData.Options() with { Efficiency = false }).Efficiency, Is.Null);
}
