using System.Text;
using Benchmark.Cli;
using Benchmark.Tests.Cli;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Reports;

public sealed class ReportCommandTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-report-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    [Test]
    public void Report_OneMunicipality_WritesThePdfAndExitsZero()
    {
        var output = Path.Combine(_folder.FullName, "zwolle.pdf");

        var run = CliRunner.Run("report", "GM0193", "--year", "2024", "--out", output, "--input", "samples/benchmark-2023.csv", "samples/benchmark-2024.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Error, Does.Contain("Geschreven"), "the status line goes to stderr");
        using var pdf = PdfDocument.Open(output);
        Assert.That(pdf.NumberOfPages, Is.GreaterThan(3));
        var provenance = ReportTestData.Normalize(pdf.GetPage(2).Text);
        Assert.That(ReportTestData.Normalize(pdf.GetPage(1).Text), Does.Contain("Kernboodschap").And.Not.Contain("SHA-256"));
        Assert.That(provenance, Does.Contain("benchmark-2024.csv (SHA-256 " + Benchmark.Data.DatasetSource.FromFile(Path.Combine(TestPaths.Samples, "benchmark-2024.csv")).Fingerprint + ")"));
    }

    [Test]
    public void Report_Anonymized_DefaultFileNameHasOnlyTheFocusCode()
    {
        var run = CliRunner.Run("report", "Zwolle", "--anonymize", "--out", Path.Combine(_folder.FullName, "sub", "anon.pdf"), "--input", "samples/benchmark-2024.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(File.Exists(Path.Combine(_folder.FullName, "sub", "anon.pdf")), Is.True);
        Assert.That(Benchmark.Cli.Commands.ReportCommand.ReportFileName("benchmark-GM0193", 2024), Is.EqualTo("benchmark-GM0193-2024.pdf"));
    }

    [Test]
    public void Report_All_WritesOnePdfPerMunicipalityOfTheInputAndASummary()
    {
        var input = SmallInput(12);
        var folder = Path.Combine(_folder.FullName, "all");

        var run = CliRunner.Run("report", "--all", "--year", "2024", "--peers", "all", "--out", folder, "--input", input);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        var files = Directory.GetFiles(folder, "*.pdf");
        Assert.That(files, Has.Length.EqualTo(12));
        Assert.That(files.Select(Path.GetFileName), Is.All.Match(@"^GM\d{4}-2024\.pdf$"));
        Assert.That(run.Error, Does.Contain("12 rapporten geschreven").And.Contain("0 mislukt"));
        Assert.That(run.Console + run.Out, Does.Not.Contain("Rapporten 2024").And.Not.Contain("%"), "no progress bar where standard error is not a terminal");
    }

    [Test]
    public void Report_Group_WritesTheLearningCircleReport()
    {
        var output = Path.Combine(_folder.FullName, "oost.pdf");

        var run = CliRunner.Run("report", "--group", "Leerkring Oost", "--groups", "samples/groups.csv", "--lang", "en", "--out", output, "--input", "samples/benchmark-2024.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var pdf = PdfDocument.Open(output);
        Assert.That(pdf.Information.Title, Is.EqualTo("Leerkring Oost 2024"));
    }

    [TestCase("GM9999", "not in the municipality reference")]
    [TestCase("--all", "--out DIR")]
    public void Report_Misuse_ExitsTwoWithAMessage(string argument, string message)
    {
        var run = CliRunner.Run("report", argument, "--input", "samples/benchmark-2024.csv", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error + run.Console, Does.Contain(message));
    }

    [TestCase("png", "ranked")]
    [TestCase("svg", "trend")]
    [TestCase("png", "overview")]
    public void Chart_WritesThePngOrSvg(string extension, string kind)
    {
        var output = Path.Combine(_folder.FullName, "chart." + extension);

        var run = CliRunner.Run("chart", "GM0193", "--indicator", "overhead_pct", "--kind", kind, "--out", output, "--input", "samples/benchmark-2023.csv", "samples/benchmark-2024.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        var head = File.ReadAllBytes(output).Take(5).ToArray();
        Assert.That(extension == "png" ? head[1..4] : head, Is.EqualTo(extension == "png" ? "PNG"u8.ToArray() : "<?xml"u8.ToArray()).Or.EqualTo("<svg "u8.ToArray()));
    }

    [Test]
    public void Chart_WrongExtension_ExitsTwo()
    {
        var run = CliRunner.Run("chart", "GM0193", "--indicator", "overhead_pct", "--out", Path.Combine(_folder.FullName, "chart.gif"), "--input", "samples/benchmark-2024.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
    }

    /// <summary>The header and the first <paramref name="rows"/> municipalities of samples/benchmark-2024.csv, as a temporary file.</summary>
    private string SmallInput(int rows)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Samples, "benchmark-2024.csv"), Encoding.UTF8);
        var path = Path.Combine(_folder.FullName, "small-2024.csv");
        File.WriteAllLines(path, lines.Take(rows + 1), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }
}
