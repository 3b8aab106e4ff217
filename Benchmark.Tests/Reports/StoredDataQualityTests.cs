using Benchmark.Cli;
using Benchmark.Tests.Cli;
using Microsoft.Data.Sqlite;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Reports;

/// <summary>
/// Issue 10: a report read from the store had an empty data-quality page ("found nothing"), because the store keeps no
/// findings by line; now the stored values are validated as the files are, and the page says the same.
/// </summary>
public sealed class StoredDataQualityTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-quality-");

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Test]
    public void DataQualityPage_FromTheStore_SaysWhatItSaysFromTheFiles()
    {
        // Schiermonnikoog's satisfaction scores rest on 7 and 5 respondents: flagged on the page.
        string[] files = [Path.Combine("samples", "benchmark-2023.csv"), Path.Combine("samples", "benchmark-2024.csv")];
        var db = Path.Combine(_folder.FullName, "b.db");
        Assert.That(CliRunner.Run(["import", .. files, "--db", db]).ExitCode, Is.EqualTo(ExitCodes.Ok));
        var fromStore = Path.Combine(_folder.FullName, "store.pdf");
        var fromFiles = Path.Combine(_folder.FullName, "files.pdf");

        var store = CliRunner.Run("report", "GM0088", "--year", "2024", "--db", db, "--out", fromStore);
        var input = CliRunner.Run(["report", "GM0088", "--year", "2024", "--out", fromFiles, "--input", .. files]);

        Assert.That((store.ExitCode, input.ExitCode), Is.EqualTo((ExitCodes.Ok, ExitCodes.Ok)), store.Error + input.Error);
        var page = DataQuality(fromStore);
        Assert.That(page, Does.Contain("7 respondenten").And.Contain("5 respondenten"));
        Assert.That(page, Does.Not.Contain("gaf niets"));
        Assert.That(page, Is.EqualTo(DataQuality(fromFiles)));
    }

    private static string DataQuality(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = document.GetPages().Select(p => p.Text).First(t => t.Contains("Datakwaliteit", StringComparison.Ordinal) && t.Contains("Wat de controle", StringComparison.Ordinal));
        var start = text.IndexOf("Wat de controle", StringComparison.Ordinal);
        return text[start..Math.Min(text.Length, start + 700)];
    }
}
