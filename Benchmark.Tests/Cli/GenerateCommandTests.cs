using System.Security.Cryptography;

namespace Benchmark.Tests.Cli;

public sealed class GenerateCommandTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "generate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Generate_SameSeedTwice_WritesTheSameBytes()
    {
        var first = CliRunner.RunIn(_folder, "generate", "--units", "50", "--years", "3", "--indicators", "4", "--seed", "11", "--out", "a.csv");
        var second = CliRunner.RunIn(_folder, "generate", "--units", "50", "--years", "3", "--indicators", "4", "--seed", "11", "--out", "b.csv");

        Assert.That(first.ExitCode, Is.Zero, first.ToString);
        Assert.That(second.ExitCode, Is.Zero, second.ToString);
        Assert.That(Hash("b.csv"), Is.EqualTo(Hash("a.csv")));
        Assert.That(first.Console, Does.Contain("600"), "the summary gives the number of rows");
    }

    [Test]
    public void Generate_WithReferenceAndCatalogue_StatsReadsItWithoutErrors()
    {
        var generate = CliRunner.RunIn(
            _folder, "generate", "--units", "40", "--years", "2", "--indicators", "3", "--format", "wide", "--out", "d.csv",
            "--reference-out", "m.csv", "--catalog-out", "c.json", "--lang", "en");
        var stats = CliRunner.RunIn(
            _folder, "stats", "--input", "d.csv", "--municipalities", "m.csv", "--catalog", "c.json", "--peers", "all", "--format", "csv");

        Assert.That(generate.ExitCode, Is.Zero, generate.ToString);
        Assert.That(stats.ExitCode, Is.Zero, stats.ToString);
        Assert.That(stats.Error, Is.Empty, "no rejected values");
        var rows = stats.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.That(rows, Has.Count.EqualTo(3 * 2), "a row per indicator × year for the one group 'all'");
        Assert.That(rows, Is.All.Contains(",all,40,"));
    }

    [Test]
    public void Generate_TooManyUnits_IsAUsageError()
    {
        var run = CliRunner.RunIn(_folder, "generate", "--units", "20000", "--out", "x.csv");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(File.Exists(Path.Combine(_folder, "x.csv")), Is.False);
    }

    private string Hash(string name) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(_folder, name))));
}
