using System.Text;
using System.Text.RegularExpressions;
using Benchmark.Cli;
using Benchmark.Tests.Cli;
using Benchmark.Tests.Reports;

namespace Benchmark.Tests.Experience;

/// <summary>
/// The benchmark's second and third steps through the command line on a fresh store: respondent answers → survey
/// aggregates → report page; explanations and agenda → reports. Every output is scanned for respondent ids and answers.
/// </summary>
public sealed partial class ConversationFlowTests
{
    private const string Secret = "geheim-antwoord-XYZ";
    private const string OutOfScale = "4711";
    private string _folder = string.Empty;

    [SetUp]
    public void CreateStore()
    {
        _folder = Directory.CreateTempSubdirectory("benchmark-conversation-").FullName;
        var run = Run("import", Sample("benchmark-2023.csv"), Sample("benchmark-2024.csv"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
    }

    [TearDown]
    public void DeleteStore() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void RespondentAnswers_ToReportPage_NoOutputLeaksARespondentOrAnswer()
    {
        var file = RespondentFileWithProblems();
        var outputs = new List<(string What, string Text)>();
        void Keep(string what, CliRun run) => outputs.Add((what, run.Console + run.Out + run.Error));

        var validate = Run("survey", "validate", file, "--max-findings", "0");
        Keep("validate", validate);
        Assert.That(validate.ExitCode, Is.EqualTo(ExitCodes.DataErrors));
        Keep("validate json", Run("survey", "validate", file, "--format", "json", "--lang", "en"));
        var rejected = Run("survey", "import", file);
        Keep("import rejected", rejected);
        Assert.That(rejected.ExitCode, Is.EqualTo(ExitCodes.DataErrors));
        var imported = Run("survey", "import", file, "--accept-valid-rows");
        Keep("import", imported);
        Assert.That(imported.ExitCode, Is.EqualTo(ExitCodes.Ok), imported.Error);

        var show = Run("survey", "show", "GM0193", "--peers", "group:Leerkring Oost", "--groups", Sample("groups.csv"), "--format", "csv");
        Keep("show", show);
        Assert.That(show.ExitCode, Is.EqualTo(ExitCodes.Ok), show.Error);
        Assert.That(show.Out, Does.Contain("werkdruk"));
        foreach (var format in new[] { "text", "json" })
        {
            Keep("show " + format, Run("survey", "show", "GM0301", "--survey", "ktv", "--peers", "group:Leerkring Oost", "--groups", Sample("groups.csv"), "--format", format));
        }

        Keep("compare", Run("compare", "GM0193", "--format", "csv"));
        Keep("export", Run("export"));
        Keep("stats", Run("stats", "--format", "csv"));
        var report = Path.Combine(_folder, "zwolle.pdf");
        Keep("report", Run("report", "GM0193", "--peers", "group:Leerkring Oost", "--groups", Sample("groups.csv"), "--out", report));
        var pages = ReportTestData.PageTexts(File.ReadAllBytes(report));
        outputs.Add(("report pdf", string.Join("\n", pages)));
        var circle = Path.Combine(_folder, "kring.pdf");
        Keep("circle", Run("report", "--group", "Leerkring Oost", "--groups", Sample("groups.csv"), "--out", circle));
        outputs.Add(("circle pdf", string.Join("\n", ReportTestData.PageTexts(File.ReadAllBytes(circle)))));
        var purge = Run("survey", "purge", "--year", "2024");
        Keep("purge", purge);

        var surveyPage = pages.Single(p => p.Contains("Belevingsonderzoek", StringComparison.Ordinal) && p.Contains("Werkdruk", StringComparison.Ordinal));
        Assert.That(surveyPage, Does.Contain("536 respondenten van 879 medewerkers"));
        Assert.That(surveyPage, Does.Contain("Zwakste items"));
        Assert.That(outputs.Single(o => o.What == "circle pdf").Text, Does.Contain("Belevingsonderzoek").And.Contain("Werkdruk (1–5)"), "the circle report's survey page");
        Assert.That(pages.First(p => p.Contains("Medewerkerstevredenheid", StringComparison.Ordinal) && p.Contains("Waarde 2024", StringComparison.Ordinal)), Does.Contain("Afgeleid uit respondentdata"));
        Assert.That(purge.Out, Does.Contain("respondentantwoorden van 2024 verwijderd"));
        var ids = RespondentIds();
        foreach (var (what, text) in outputs)
        {
            Assert.That(Respondent().Matches(text).Select(m => m.Value).Where(ids.Contains), Is.Empty, $"{what} shows a respondent id");
            Assert.That(text, Does.Not.Contain(Secret), $"{what} shows an answer");
            Assert.That(Regex.IsMatch(text, @"(?<![\d.,])" + OutOfScale + @"(?![\d.,])"), Is.False, $"{what} shows an answer (as a number of its own)");
        }
    }

    [Test]
    public void Purge_DeletesAnswers_KeepsAggregatesForReports()
    {
        Assert.That(Run("survey", "import", Sample("survey/respondenten-2024.csv")).ExitCode, Is.EqualTo(ExitCodes.Ok));

        var purge = Run("survey", "purge", "--year", "2024", "--lang", "en");
        var show = Run("survey", "show", "GM0193", "--format", "csv");

        Assert.That(purge.Out, Does.StartWith("81,250 respondent answers of 2024 deleted; 360 aggregates kept."));
        Assert.That(show.ExitCode, Is.EqualTo(ExitCodes.Ok), show.Error);
        Assert.That(show.Out, Does.Contain("M99"));
    }

    [Test]
    public void ExplanationsAndAgenda_AppearInBothReports_DataErrorUntilCorrected()
    {
        Assert.That(Run("explain", "GM0193", "--indicator", "overhead_pct", "--year", "2024", "--category", "datafout", "--text", "Overhead dubbel geteld", "--author", "A. Analist").ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Run("explain", "Zwolle", "--indicator", "ICT-kosten per inwoner", "--year", "2024", "--category", "bewuste-keuze", "--text", "Investering in de nieuwe werkplek", "--author", "B. Directeur").ExitCode, Is.EqualTo(ExitCodes.Ok));
        var agenda = Run("agenda", "add", "GM0193", "--text", "Zwolle leert van Westland over ICT-kosten per inwoner", "--owner", "Controller", "--due", "2025-06-30", "--indicator", "ict_costs_per_inhabitant", "--baseline-year", "2023", "--circle", "Leerkring Oost");
        Assert.That(agenda.ExitCode, Is.EqualTo(ExitCodes.Ok), agenda.Error);

        var pages = Report();
        var summary = pages.First(p => p.Contains("Samenvatting", StringComparison.Ordinal));
        var overheadPage = pages.First(p => p.Contains("Overhead (%)", StringComparison.Ordinal) && p.Contains("Waarde 2024", StringComparison.Ordinal));
        var conversation = pages.Single(p => p.Contains("Leeragenda en opvolging", StringComparison.Ordinal));
        Assert.That(summary, Does.Contain("datafout!"));
        Assert.That(overheadPage, Does.Contain("DATAFOUT gemeld"));
        Assert.That(overheadPage, Does.Contain("Overhead dubbel geteld"));
        Assert.That(conversation, Does.Contain("Investering in de"));
        Assert.That(conversation, Does.Contain("Zwolle leert van Westland"));
        Assert.That(conversation, Does.Contain("€ 67 (2023)"), "the baseline value of 2023 from the store");
        var circle = Path.Combine(_folder, "kring.pdf");
        Assert.That(Run("report", "--group", "Leerkring Oost", "--groups", Sample("groups.csv"), "--out", circle).ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(ReportTestData.PageTexts(File.ReadAllBytes(circle)).Single(p => p.Contains("Gesprekspunten", StringComparison.Ordinal)), Does.Contain("Overhead dubbel").And.Contain("DATAFOUT"));

        Assert.That(Run("compare", "GM0193", "--format", "json").Out, Does.Contain("\"dataErrors\": \"GM0193 overhead_pct 2024\""));

        File.WriteAllText(Path.Combine(_folder, "fix.csv"), "gemeentecode;jaar;indicator;waarde\nGM0193;2024;overhead_costs;61000000\n");
        Assert.That(Run("import", Path.Combine(_folder, "fix.csv")).ExitCode, Is.EqualTo(ExitCodes.Ok));

        var corrected = Report();
        Assert.That(corrected.First(p => p.Contains("Samenvatting", StringComparison.Ordinal)), Does.Not.Contain("datafout!").And.Contain("duiding"));
        Assert.That(corrected.Single(p => p.Contains("Leeragenda en opvolging", StringComparison.Ordinal)), Does.Contain("gecorrigeerd"));
        Assert.That(Run("compare", "GM0193", "--format", "json").Out, Does.Not.Contain("dataErrors"));
        Assert.That(Run("explain", "list", "--format", "csv").Out, Does.Contain("GM0193,overhead_pct,2024,1,datafout,Overhead dubbel geteld,A. Analist,2026-11-30 12:00,gecorrigeerd"));
    }

    [Test]
    public void AnonymisedReports_MaskOtherMunicipalitiesInWrittenTexts()
    {
        Run("explain", "GM0193", "--indicator", "overhead_pct", "--year", "2024", "--category", "bewuste-keuze", "--text", "Net als Deventer (GM0150) bewust centraal", "--author", "A");
        Run("agenda", "add", "GM0193", "--text", "Zwolle leert van Westland over ICT-kosten per inwoner", "--owner", "Controller", "--due", "2025-06-30", "--indicator", "ict_costs_per_inhabitant", "--baseline-year", "2023");
        var report = Path.Combine(_folder, "anon.pdf");
        var circle = Path.Combine(_folder, "anon-circle.pdf");

        Assert.That(Run("report", "GM0193", "--anonymize", "--peers", "group:Leerkring Oost", "--groups", Sample("groups.csv"), "--out", report).ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Run("report", "--group", "Leerkring Oost", "--anonymize", "--groups", Sample("groups.csv"), "--out", circle).ExitCode, Is.EqualTo(ExitCodes.Ok));

        var text = string.Join("\n", ReportTestData.PageTexts(File.ReadAllBytes(report)));
        var circleText = string.Join("\n", ReportTestData.PageTexts(File.ReadAllBytes(circle)));
        Assert.That(text, Does.Match("Zwolle leert van Gemeente [A-Z]+"), "Westland by its label");
        Assert.That(text, Does.Not.Contain("Westland").And.Not.Contain("Deventer").And.Not.Contain("GM0150"));
        Assert.That(circleText, Does.Not.Contain("Zwolle").And.Not.Contain("Westland").And.Not.Contain("Deventer"));
    }

    [Test]
    public void Explanations_ExportImport_BetweenStores()
    {
        Run("explain", "GM0193", "--indicator", "overhead_pct", "--year", "2024", "--category", "incidenteel", "--text", "Reorganisatie; eenmalig", "--author", "A");
        Run("explain", "GM0193", "--indicator", "overhead_pct", "--year", "2024", "--category", "incidenteel", "--text", "Reorganisatie 2024, eenmalig", "--author", "B");
        var export = Path.Combine(_folder, "duiding.csv");
        Assert.That(Run("explain", "export", "--out", export).ExitCode, Is.EqualTo(ExitCodes.Ok));

        var other = Path.Combine(_folder, "other.db");
        var imported = Run("explain", "import", export, "--db", other, "--lang", "en");
        var again = Run("explain", "import", export, "--db", other, "--lang", "en");

        Assert.That(imported.Out, Does.StartWith("2 of 2 explanations added"));
        Assert.That(again.Out, Does.StartWith("0 of 2 explanations added"));
        Assert.That(Run("explain", "list", "--history", "--format", "csv", "--db", other).Out, Is.EqualTo(Run("explain", "list", "--history", "--format", "csv").Out));
    }

    [Test]
    public void SurveyShow_FromFiles_AggregatesTheRespondentFileWithoutTheStore()
    {
        var run = CliRunner.Run("survey", "show", "GM0193", "--input", "samples/benchmark-2024.csv", "--respondents", "samples/survey/respondenten-2024.csv", "--format", "csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Out, Does.Contain(",M99,").And.Contain(",529,7.51417769376,"), "n and mean of M99 as Python computed them (TestData/survey/reference.csv), to the 12 digits of machine output");
    }

    [Test]
    public void SurveyImport_WithoutAStore_SaysToImportTheYearlyFileFirst()
    {
        var empty = Directory.CreateTempSubdirectory("benchmark-no-store-").FullName;
        try
        {
            var run = CliRunner.RunIn(empty, "survey", "import", Sample("survey/respondenten-2024.csv"));

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
            Assert.That(run.Error, Does.Contain("lees eerst het jaarbestand in"));
            Assert.That(File.Exists(Path.Combine(empty, "benchmark.db")), Is.False);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [TestCase(new[] { "survey", "validate", "missing.csv" }, "missing.csv")]
    [TestCase(new[] { "survey", "show", "GM0014" }, "Geen mto-respondentgegevens van GM0014")]
    [TestCase(new[] { "survey", "show", "GM0193", "--survey", "xyz" }, "--survey xyz: kies mto")]
    [TestCase(new[] { "survey", "purge" }, "--year JAAR")]
    [TestCase(new[] { "explain", "GM0193", "--indicator", "overhead_pct", "--year", "2024", "--category", "oeps", "--text", "x" }, "kies uit bewuste-keuze")]
    [TestCase(new[] { "explain", "GM0193", "--indicator", "nope", "--year", "2024", "--category", "onbekend", "--text", "x" }, "Onbekende indicator 'nope'")]
    [TestCase(new[] { "agenda", "add", "GM0193", "--text", "x", "--owner", "y", "--due", "30-06-2025", "--indicator", "overhead_pct" }, "jjjj-mm-dd")]
    [TestCase(new[] { "agenda", "add", "GM0193", "--text", "x", "--owner", "y", "--due", "2025-06-30", "--indicator", "overhead_pct", "--baseline-year", "2019" }, "geen waarde van overhead_pct voor GM0193 in 2019")]
    public void WrongArguments_ExitTwo_WithAnActionableMessage(string[] args, string expected)
    {
        var run = Run(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error + run.Console, Does.Contain(expected));
    }

    private static string Sample(string name) => Path.Combine(TestPaths.Samples, name);

    private CliRun Run(params string[] args) => CliRunner.RunIn(_folder, args);

    private IReadOnlyList<string> Report()
    {
        var path = Path.Combine(_folder, $"report-{Guid.NewGuid():N}.pdf");
        var run = Run("report", "GM0193", "--out", path);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        return ReportTestData.PageTexts(File.ReadAllBytes(path));
    }

    /// <summary>The sample file plus a planted out-of-scale answer, a text answer and a repeated answer.</summary>
    private string RespondentFileWithProblems()
    {
        var lines = File.ReadAllLines(Sample("survey/respondenten-2024.csv"), Encoding.UTF8).ToList();
        var first = lines[1].Split(';');
        lines.Add(string.Join(';', first[..7]) + ";" + OutOfScale);
        lines.Add(string.Join(';', first[..6]) + ";M02;" + Secret);
        lines.Add(lines[1]);
        var path = Path.Combine(_folder, "respondenten.csv");
        File.WriteAllLines(path, lines, new UTF8Encoding(true));
        return path;
    }

    private static HashSet<string> RespondentIds() =>
        [.. File.ReadLines(Sample("survey/respondenten-2024.csv")).Skip(1).Select(l => l[..l.IndexOf(';', StringComparison.Ordinal)])];

    [GeneratedRegex("R[0-9A-F]{7}")]
    private static partial Regex Respondent();
}
