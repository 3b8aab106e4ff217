using Benchmark.Cli;
using Benchmark.Tests.Cli;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Reports;

/// <summary>
/// Issue 14: a report from files (<c>--input</c>, no store) had no experience-survey or explanation pages. With
/// <c>--respondents</c> and <c>--explanations</c> it has them; without, it says why not.
/// </summary>
public sealed class ReportFromFilesConversationTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-files-conversation-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    [Test]
    public void Report_WithRespondentsAndExplanationsFiles_HasTheSurveyPageAndTheLatestExplanation()
    {
        var explanations = Path.Combine(_folder.FullName, "duidingen.csv");
        File.WriteAllText(explanations, """
            gemeentecode;indicator;jaar;revisie;categorie;tekst;auteur;geschreven_op
            GM0193;overhead_pct;2024;1;bewuste-keuze;Eerste versie van de tekst;An;2025-01-01T00:00:00Z
            GM0193;overhead_pct;2024;2;bewuste-keuze;Wij investeren bewust in de regiefunctie;An;2025-02-01T00:00:00Z

            """);
        var output = Path.Combine(_folder.FullName, "zwolle.pdf");

        var run = CliRunner.Run(
            "report", "GM0193", "--year", "2024", "--out", output, "--input", Path.Combine("samples", "benchmark-2024.csv"),
            "--respondents", Path.Combine("samples", "survey", "respondenten-2024.csv"), "--explanations", explanations);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var pdf = PdfDocument.Open(output);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.That(text, Does.Contain("Medewerkersonderzoek (MTO)"));
        Assert.That(text, Does.Contain("Wij investeren bewust in de regiefunctie").And.Not.Contain("Eerste versie van de tekst"));
        Assert.That(run.Error, Does.Not.Contain("zonder opslag"));
    }

    [Test]
    public void Report_FromFilesWithoutThem_SaysWhyThesePagesAreMissing()
    {
        var output = Path.Combine(_folder.FullName, "zwolle.pdf");

        var nl = CliRunner.Run("report", "GM0193", "--year", "2024", "--out", output, "--input", Path.Combine("samples", "benchmark-2024.csv"));
        var en = CliRunner.Run("report", "GM0193", "--year", "2024", "--out", output, "--input", Path.Combine("samples", "benchmark-2024.csv"), "--lang", "en");

        Assert.That(nl.ExitCode, Is.EqualTo(ExitCodes.Ok), nl.Error);
        Assert.That(nl.Error, Does.Contain("zonder opslag geen pagina's over belevingsonderzoek en duiding").And.Contain("--respondents BESTAND"));
        Assert.That(en.Error, Does.Contain("without a store no experience-survey or explanation pages").And.Not.Contain("zonder opslag"));
    }

    [Test]
    public void Respondents_WithoutInput_IsAUsageError()
    {
        var run = CliRunner.Run("report", "GM0193", "--respondents", "x.csv", "--db", Path.Combine(_folder.FullName, "none.db"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("--respondents en --explanations horen bij --input"));
    }
}
