using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

/// <summary><c>--municipalities</c> and <c>--catalog</c> replace or extend the built-in references.</summary>
public sealed class ReferenceOptionsTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "benchmark-ref-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Municipalities_ExtendsTheBuiltInReference()
    {
        var data = Write("data.csv", "gemeentecode;gemeentenaam;jaar;ziekteverzuim\nGM9001;Testdorp;2024;5,5\nGM0193;Zwolle;2024;6,1\n");
        var reference = Write("reference.csv", "gemeentecode;gemeentenaam;provincie;jaar;inwoners\nGM9001;Testdorp;Utrecht;2024;12345\n");

        var without = CliRunner.Run("validate", data, "--format", "json");
        var with = CliRunner.Run("validate", data, "--municipalities", reference, "--format", "json");

        Assert.That(without.ExitCode, Is.EqualTo(ExitCodes.DataErrors));
        Assert.That(without.Out, Does.Contain("reference.unknown-code"));
        Assert.That(with.ExitCode, Is.EqualTo(ExitCodes.Ok), with.Out);
        Assert.That(with.Out, Does.Not.Contain("reference.unknown-code"));
    }

    [Test]
    public void Municipalities_UnreadableFile_IsAUsageError()
    {
        var data = Write("data.csv", "gemeentecode;jaar;ziekteverzuim\nGM0193;2024;6,1\n");

        var run = CliRunner.Run("validate", data, "--municipalities", Path.Combine(_folder, "missing.csv"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("--municipalities"));
    }

    [Test]
    public void Catalog_AddsAnIndicatorWhoseRangeIsChecked()
    {
        var data = Write("data.csv", "gemeentecode;jaar;koffie per fte\nGM0193;2024;120\nGM0014;2024;-3\n");
        var catalog = Write("catalog.json", """
            { "version": "test-1", "indicators": [
              { "code": "coffee_per_fte", "name": { "nl": "Koffie per fte", "en": "Coffee per FTE" }, "unit": "Number",
                "direction": "Neutral", "kind": "Raw", "validRange": { "min": 0 }, "aliases": ["koffie per fte"] } ] }
            """);

        var without = CliRunner.Run("validate", data, "--format", "json");
        var with = CliRunner.Run("validate", data, "--catalog", catalog, "--format", "json");

        Assert.That(without.Out, Does.Contain("structure.unknown-column"));
        Assert.That(with.Out, Does.Not.Contain("structure.unknown-column"));
        Assert.That(with.Out, Does.Contain("type.out-of-range"));
        Assert.That(with.ExitCode, Is.EqualTo(ExitCodes.DataErrors));
    }

    [Test]
    public void Catalog_MalformedJson_IsAUsageErrorSayingWhere()
    {
        var data = Write("data.csv", "gemeentecode;jaar;ziekteverzuim\nGM0193;2024;6,1\n");
        var catalog = Write("catalog.json", "{ \"indicators\": [ { \"code\": } ] }");

        var run = CliRunner.Run("validate", data, "--catalog", catalog);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("--catalog").And.Contain("regel 1"));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
