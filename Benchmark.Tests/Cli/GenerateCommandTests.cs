using System.Globalization;
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
        Assert.That(first.Error, Does.Contain("600"), "the summary (on stderr) gives the number of rows");
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
    public void Generate_MoreThanTenThousandUnits_StatsAndRanksCoverEveryUnitWithAValue()
    {
        var generate = CliRunner.RunIn(
            _folder, "generate", "--units", "10050", "--years", "1", "--indicators", "1", "--seed", "3", "--out", "d.csv",
            "--reference-out", "m.csv", "--catalog-out", "c.json", "--lang", "en");
        var stats = CliRunner.RunIn(
            _folder, "stats", "--input", "d.csv", "--municipalities", "m.csv", "--catalog", "c.json", "--peers", "all",
            "--format", "csv", "--ranks", "r.csv", "--lang", "en");

        Assert.That(generate.ExitCode, Is.Zero, generate.ToString);
        Assert.That(stats.ExitCode, Is.Zero, stats.ToString);
        Assert.That(stats.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "Written: r.csv (9830 ranks)" }), "only the status line: no rejected values or reference rows");

        // The file itself says which units have a value (about 2 % are written empty): n counts exactly those.
        var data = File.ReadAllLines(Path.Combine(_folder, "d.csv")).Skip(1).Select(l => l.Split(';')).ToList();
        Assert.That(data, Has.Count.EqualTo(10_050));
        var withValue = data.Where(f => f[3].Length > 0).Select(f => f[0]).ToList();
        Assert.That(withValue, Has.Count.InRange(9_500, 10_049), "some values are missing, most are not");

        var lines = stats.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var row = lines.Single(l => l.StartsWith("syn_01,2024,", StringComparison.Ordinal)).Split(',');
        Assert.That(int.Parse(row[Array.IndexOf(header, "n")], CultureInfo.InvariantCulture), Is.EqualTo(withValue.Count));

        var ranked = File.ReadAllLines(Path.Combine(_folder, "r.csv")).Skip(1).Select(l => l.Split(',')[3]).ToList();
        Assert.That(ranked, Is.EquivalentTo(withValue), "a rank for every unit with a value, under its canonical code");
        Assert.That(ranked, Does.Contain("GM10000").Or.Contain("GM10049"));
        Assert.That(ranked.Count(c => c.Length == 7), Is.InRange(40, 50), "GM10000–GM10049 have five digits");
    }

    [Test]
    public void Generate_MoreUnitsThanTheCodeSpace_IsAUsageError()
    {
        var run = CliRunner.RunIn(_folder, "generate", "--units", "100001", "--out", "x.csv", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error + run.Console, Does.Contain("--units 100001: the number of units must lie within 1–100000").And.Not.Contain("Parameter"));
        Assert.That(File.Exists(Path.Combine(_folder, "x.csv")), Is.False);
    }

    [TestCase("--missing", "0.9", "--missing 0.9: the share of missing values must lie within 0–0.5.")]
    [TestCase("--years", "0", "--years 0: the number of years must lie within 1–100.")]
    public void Generate_OptionOutOfRange_NamesTheOption(string option, string value, string expected)
    {
        var run = CliRunner.RunIn(_folder, "generate", option, value, "--out", "x.csv", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error + run.Console, Does.Contain(expected));
    }

    private string Hash(string name) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(_folder, name))));
}
