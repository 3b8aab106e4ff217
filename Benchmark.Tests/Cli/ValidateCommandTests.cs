using System.Text.Json;
using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Test]
    public void Validate_CleanSample_ExitsZeroAndSaysNoErrors()
    {
        var run = CliRunner.Run("validate", "samples/benchmark-2024.csv", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Console + run.Error);
        Assert.That(run.Console, Does.Contain("Rows read 342 · accepted 342 · rejected 0 · 0 errors"));
        Assert.That(run.Console, Does.Contain("No errors."));
    }

    [Test]
    public void Validate_MessyFile_ExitsOneAndShowsLineColumnAndRule()
    {
        var run = CliRunner.Run("validate", "samples/messy/out-of-range.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataErrors));
        Assert.That(run.Console, Does.Contain("regel 3 Ziekteverzuim %"));
        Assert.That(run.Console, Does.Contain("(type.out-of-range)"));
        Assert.That(run.Console, Does.Contain("Fouten gevonden"));
    }

    [Test]
    public void Validate_MissingFile_ExitsTwoWithOneLineAndNoStackTrace()
    {
        var run = CliRunner.Run("validate", "samples/does-not-exist.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.Contain("samples/does-not-exist.csv"));
        Assert.That(run.Error + run.Console, Does.Not.Contain("   at "));
    }

    [Test]
    public void Validate_NotACsvFile_ExitsTwo()
    {
        var run = CliRunner.Run("validate", "Benchmark.sln.missing", "samples/messy/empty.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
    }

    [TestCase("validate")]
    [TestCase("validate", "samples/benchmark-2024.csv", "--format", "yaml")]
    [TestCase("validate", "samples/benchmark-2024.csv", "--lang", "fr")]
    [TestCase("validate", "samples/benchmark-2024.csv", "--no-such-option")]
    [TestCase("validate", "samples/benchmark-2024.csv", "--format", "csv")]
    [TestCase("frobnicate")]
    public void Validate_WrongUsage_ExitsTwoWithoutStackTrace(params string[] args)
    {
        var run = CliRunner.Run(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable), run.Console + run.Error);
        Assert.That(run.Error + run.Console, Does.Not.Contain("   at "));
    }

    [Test]
    public void WrongValueType_SaysWhatWasExpected()
    {
        var run = CliRunner.Run("compare", "GM0193", "--year", "abc", "--input", "samples/benchmark-2024.csv", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("'abc'").And.Contain("whole number"));
    }

    [Test]
    public void Validate_Json_IsOneDocumentWithTheDocumentedFields()
    {
        var run = CliRunner.Run("validate", "samples/messy/not-a-number.csv", "--format", "json", "--lang", "en");

        using var doc = JsonDocument.Parse(run.Out);
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.That(file.GetProperty("path").GetString(), Is.EqualTo("samples/messy/not-a-number.csv"));
        Assert.That(file.GetProperty("rowsRead").GetInt32(), Is.EqualTo(file.GetProperty("rowsAccepted").GetInt32() + file.GetProperty("rowsRejected").GetInt32()));
        var finding = file.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "type.not-a-number");
        Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("error"));
        Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(5));
        Assert.That(finding.GetProperty("column").GetString(), Is.EqualTo("Ziekteverzuim %"));
        Assert.That(finding.GetProperty("value").GetString(), Is.Not.Empty);
        Assert.That(finding.GetProperty("message").GetString(), Does.Contain("number").IgnoreCase);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataErrors));
    }

    [Test]
    public void Validate_JsonInDutch_TranslatesMessagesButNotFieldNames()
    {
        var run = CliRunner.Run("validate", "samples/messy/not-a-number.csv", "--format", "json");

        using var doc = JsonDocument.Parse(run.Out);
        var finding = doc.RootElement.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.That(finding.GetProperty("message").GetString(), Does.Contain("getal").IgnoreCase);
        Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("error"));
    }

    [Test]
    public void Validate_DecimalOption_ResolvesAnAmbiguousNumber()
    {
        var before = CliRunner.Run("validate", "samples/messy/ambiguous-number.csv", "--format", "json");
        var after = CliRunner.Run("validate", "samples/messy/ambiguous-number.csv", "--format", "json", "--decimal", "comma");

        Assert.That(before.Out, Does.Contain("type.ambiguous-number"));
        Assert.That(after.Out, Does.Not.Contain("type.ambiguous-number"));
    }

    [Test]
    public void Validate_TextOutput_MatchesSnapshot()
    {
        var run = CliRunner.Run("validate", "samples/messy/duplicates.csv", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataErrors), run.Error);
        Snapshot.Match(run.Console, "validate-duplicates.en");
    }

    [Test]
    public void Validate_TextOutputInDutch_MatchesSnapshot()
    {
        var run = CliRunner.Run("validate", "samples/messy/field-count.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataErrors), run.Error);
        Snapshot.Match(run.Console, "validate-field-count.nl");
    }
}
