using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Model;
using Benchmark.Validation;

namespace Benchmark.Tests.Reports;

/// <summary>
/// The director's data-quality page: plain words per indicator, no rule ids, formulas or codes, and no "data problem"
/// that only restates a structural difference. Before issue #10 it listed the validator's raw findings (Amsterdam
/// pp. 17–19, Schiermonnikoog pp. 16–20).
/// </summary>
public sealed class DataQualityPageTests
{
    private static readonly Lazy<IReadOnlyList<Finding>> Findings = new(() => [.. DatasetLoader.Load(ReportTestData.SampleFiles).AllFindings]);

    [TestCase("GM0363")]
    [TestCase("GM0088")]
    [TestCase("GM0193")]
    public void DataQuality_PlainWordsOnly(string code)
    {
        var block = Block(code);
        var text = string.Join("\n", block.Paragraphs.Concat(block.Table?.Rows.SelectMany(r => r) ?? []));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("robuuste z").And.Not.Contain("MAD").And.Not.Contain("plausibility.").And.Not.Contain("(berekend:"));
            Assert.That(text, Does.Not.Match("[a-z]+_[a-z_]+"), "no internal codes such as bezetting_per_1000");
            Assert.That(text, Does.Not.Match(@"\.csv:\d+"), "no file:line");
            Assert.That(block.Table?.Rows.Count ?? 0, Is.LessThanOrEqualTo(12), "at most one row per indicator");
        });
    }

    [Test]
    public void DataQuality_Amsterdam_StructuralOutliersAreNoDataProblem()
    {
        // Amsterdam's running costs, FTE and ICT costs per inhabitant are outliers among all 342 municipalities, not
        // among its default peers (the G4, Eindhoven, Groningen): nothing to check in its delivery.
        var findings = Findings.Value.Where(f => f.Rule == Rules.Outlier && f.Message.En.Contains("GM0363", StringComparison.Ordinal) && f.Message.En.Contains("2024", StringComparison.Ordinal)).ToList();
        var block = Block("GM0363");

        Assert.Multiple(() =>
        {
            Assert.That(findings, Is.Not.Empty, "the validator does flag Amsterdam among all municipalities");
            Assert.That(block.Table, Is.Null);
            Assert.That(block.Paragraphs.Single(), Does.Contain("niets"));
        });
    }

    [Test]
    public void DataQuality_Schiermonnikoog_SaysWhatTheFlagMeans()
    {
        var block = Block("GM0088");
        var rows = block.Table!.Rows.ToDictionary(r => r[0], r => r[1]);

        Assert.That(rows["Medewerkerstevredenheid"], Does.Contain("7 respondenten").And.Contain("te weinig om te publiceren"));
    }

    private static AppendixBlock Block(string code)
    {
        var options = ReportTestData.Options() with { Findings = Findings.Value };
        var report = MunicipalityReportComposer.Compose(ReportTestData.Engine, MunicipalityCode.Parse(code), ReportTestData.Year, options);
        return report.Appendix.Blocks.Single(b => b.Heading == "Datakwaliteit");
    }
}
