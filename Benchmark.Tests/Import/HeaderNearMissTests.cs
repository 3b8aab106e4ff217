using Benchmark.Import;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Tests.Import;

/// <summary>A typo in a header or a missing column must not lose a figure silently (issue 13).</summary>
public sealed class HeaderNearMissTests
{
    private const string Row = "GM0363;2024;931298;1,26;8,37;7,4\n";

    [TestCase("Ziekteverzium %", "Ziekteverzuim %")]
    [TestCase("Zietkeverzuim", "Ziekteverzuim")]
    [TestCase("verzuimpercentag", "verzuimpercentage")]
    public void Import_HeaderNearACatalogueAlias_IsAnErrorNamingTheProbableColumn(string header, string suggested)
    {
        var result = ImportHelper.Import($"gemeentecode;jaar;inwoners;meldingsfrequentie;{header};mto\n" + Row);

        var f = result.Findings(Rules.ProbableTypo).Single();
        Assert.That((f.Severity, f.Line, f.Column), Is.EqualTo((Severity.Error, 1, header)));
        Assert.That(f.Message.Nl, Does.Contain($"bedoelt u '{suggested}'?").And.Contain("sickness_absence_pct"));
        Assert.That(f.Hint.En, Does.Contain("--ignore-column"));
        Assert.That(result.Findings(Rules.UnknownColumn), Is.Empty);
        Assert.That(result.Report().ErrorCount, Is.EqualTo(1));
    }

    [TestCase("ZIEKTE-VERZUIM")]
    [TestCase("Ziektevérzuim")]
    [TestCase("Ziekte verzuim")]
    public void Import_HeaderFoldedEqualToAnAlias_IsReadAsThatFigure(string header)
    {
        var result = ImportHelper.Import($"gemeentecode;jaar;inwoners;meldingsfrequentie;{header};mto\n" + Row);

        Assert.That(result.Report().Findings.Where(f => f.Severity != Severity.Info), Is.Empty);
        Assert.That(result.Value("GM0363", 2024, "sickness_absence_pct"), Is.EqualTo(8.37));
    }

    [Test]
    public void Import_IgnoreColumn_AcceptsTheHeaderKnowinglyAsInfo()
    {
        var options = ImportOptions.Default with { IgnoredColumns = ["ziekteverzium %"] };

        var result = ImportHelper.Import("gemeentecode;jaar;inwoners;meldingsfrequentie;Ziekteverzium %;mto\n" + Row, options);

        Assert.That(result.Findings(Rules.ProbableTypo), Is.Empty);
        var ignored = result.Findings(Rules.UnknownColumn).Single();
        Assert.That((ignored.Severity, ignored.Column), Is.EqualTo((Severity.Info, "Ziekteverzium %")));
        Assert.That(ignored.Message.En, Does.Contain("--ignore-column"));
    }

    [Test]
    public void Import_UnrelatedUnknownHeader_StaysAWarning()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;koffieautomaten;inwoners\nGM0363;2024;12;931298\n");

        Assert.That(result.Findings(Rules.ProbableTypo), Is.Empty);
        Assert.That(result.Findings(Rules.UnknownColumn).Single().Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void Import_FigureAbsentBetweenPresentNeighbours_GetsACoverageFindingNamingIt()
    {
        // workstations and sickness_notification_frequency surround sickness_absence_pct in the catalogue.
        var result = ImportHelper.Import(
            "gemeentecode;jaar;inwoners;oppervlakte;oad;totale lasten;overheadkosten;formatie;bezetting;medewerkers;loonsom;aantal werkplekken;meldingsfrequentie\n" +
            "GM0363;2024;931298;219;6000;9000000000;900000000;15000;14000;16000;1200000000;5000;1,2\n");

        var f = result.Findings(Rules.Coverage).Single();
        Assert.That((f.Severity, f.Line), Is.EqualTo((Severity.Warning, 1)));
        Assert.That(f.Message.Nl, Does.Contain("Ziekteverzuim").And.Contain("sickness_absence_pct"));
    }

    [Test]
    public void Import_FigureAbsentFromAFileOfAFewColumns_GetsNoCoverageFinding()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;aantal werkplekken;meldingsfrequentie\nGM0363;2024;5000;1,2\n");

        Assert.That(result.Findings(Rules.Coverage), Is.Empty);
    }

    [TestCase("overhaed_pct", "overhead_pct", 1)]
    [TestCase("compar", "compare", 1)]
    [TestCase("yeer", "year", 1)]
    [TestCase("Zwole", "Zwolle", 1)]
    public void NearestName_FindsTheCandidateWithinTheTolerance(string typed, string expected, int distance)
    {
        string[] candidates = ["overhead_pct", "compare", "year", "Zwolle", "rank", "stats"];

        Assert.That(NearestName.Find(typed, candidates), Is.EqualTo(expected));
        Assert.That(NearestName.Distance(HeaderNameKey(typed), HeaderNameKey(expected)), Is.EqualTo(distance));
    }

    [Test]
    public void NearestName_FarFromEverything_FindsNothing() =>
        Assert.That(NearestName.Find("koffieautomaten", ["overhead_pct", "inwoners"]), Is.Null);

    private static string HeaderNameKey(string s) => Benchmark.Catalog.HeaderName.Normalize(s);
}
