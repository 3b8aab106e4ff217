using Benchmark.Validation;

namespace Benchmark.Tests.Import;

public sealed class LayoutTests
{
    [TestCase("gemeentecode;jaar;inwoners\nGM0363;2024;931298\n", "wide")]
    [TestCase("gemeentecode;gemeentenaam;jaar;indicator;waarde\nGM0363;Amsterdam;2024;inwoners;931298\n", "long")]
    [TestCase("gemeentecode;gemeentenaam;provincie;jaar;inwoners;oppervlakte_km2\nGM0363;Amsterdam;Noord-Holland;2024;931298;219,32\n", "municipalities")]
    public void Import_Header_DecidesTheLayout(string text, string layout)
    {
        var result = ImportHelper.Import(text);

        Assert.That(result.Report().Format!.Layout, Is.EqualTo(layout));
        Assert.That(result.Value("GM0363", 2024, "inhabitants"), Is.EqualTo(931298));
    }

    [Test]
    public void Import_LongFile_ReadsIndicatorsByAliasAndIgnoresUnitAndSourceWithInfo()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;kenmerk;waarde;eenheid;bron\nGM0363;2024;Overheadpercentage;9,5;%;begroting\nGM0363;2024;Totale lasten;1.000.000;euro;jaarrekening\n");

        Assert.That(result.Value("GM0363", 2024, "overhead_pct"), Is.EqualTo(9.5));
        Assert.That(result.Value("GM0363", 2024, "total_expenditure"), Is.EqualTo(1_000_000));
        var ignored = result.Findings(Rules.UnknownColumn);
        Assert.That(ignored.Select(f => (f.Severity, f.Line, f.Column)), Is.EqualTo(new[] { (Severity.Info, 1, "eenheid"), (Severity.Info, 1, "bron") }));
        Assert.That(ignored[0].Message.En, Does.Contain("ignored"));
    }

    [Test]
    public void Import_FigureColumnInLongFile_IsIgnoredWithWarning()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;indicator;waarde;inwoners\nGM0363;2024;overhead_pct;9,5;931298\n");

        var f = result.Findings(Rules.UnknownColumn).Single();
        Assert.That((f.Severity, f.Column), Is.EqualTo((Severity.Warning, "inwoners")));
        Assert.That(result.Dataset.Count, Is.EqualTo(1));
    }

    [Test]
    public void Import_MunicipalityFileWithoutYear_IsRejectedWithMunicipalitiesHint()
    {
        var result = ImportHelper.Import("gemeentecode;gemeentenaam;provincie;inwoners\nGM0363;Amsterdam;Noord-Holland;931298\n");

        Assert.That(result.Report().Format!.Layout, Is.EqualTo("municipalities"));
        var f = result.Findings(Rules.MissingColumn).Single();
        Assert.That(f.Hint.En, Does.Contain("--municipalities"));
        Assert.That(result.Report().RowsRejected, Is.EqualTo(1));
    }

    [Test]
    public void Import_DuplicatesInOneFile_AreKeptInFileOrder()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;inwoners\nGM0363;2024;2\nGM0014;2024;5\nGM0363;2024;1\n");

        var amsterdam = result.Dataset.Observations.Where(o => o.Municipality.Number == 363).ToList();
        Assert.That(amsterdam.Select(o => (o.Value, o.Source.Line)), Is.EqualTo(new[] { (2d, 2), (1d, 4) }));
        Assert.That(result.Report().Findings, Is.Empty, "dataset-level duplicate checks are done in Core");
    }

    [Test]
    public void Import_BlankRowsOfSeparators_AreSkippedAndNotCounted()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;inwoners\nGM0363;2024;931298\n;;\n ; ; \n");

        Assert.That(result.Report().RowsRead, Is.EqualTo(1));
        Assert.That(result.Report().Findings, Is.Empty);
    }

    [Test]
    public void Import_HeaderOnly_HasNoRowsAndOneFinding()
    {
        // Issue 16: a header without data exited 0 silently.
        var report = ImportHelper.Import("gemeentecode;jaar;inwoners\r\n").Report();

        Assert.That(report.RowsRead, Is.Zero);
        Assert.That(report.Findings.Select(f => (f.Rule, f.Line)), Is.EqualTo(new[] { (Rules.FileUnreadable, 1) }));
        Assert.That(report.Findings[0].Message.En, Does.Contain("no data rows"));
        Assert.That(report.Format, Is.Not.Null);
    }
}
