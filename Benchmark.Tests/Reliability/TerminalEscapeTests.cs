using Benchmark.Cli.Infrastructure;
using Benchmark.Tests.Cli;

namespace Benchmark.Tests.Reliability;

/// <summary>Issue 16: control characters from files reach the terminal only as visible escapes.</summary>
public sealed class TerminalEscapeTests
{
    [Test]
    public void Validate_NameWithEscapeSequences_IsPrintedEscaped()
    {
        var file = Path.Combine(Path.GetTempPath(), $"benchmark-escape-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "gemeentecode;gemeentenaam;jaar;Inwoners\nGM0014;\u001B[31mEVIL\u001B]0Xtitle\u0007\u009B;2024;243768\n");
        try
        {
            var run = CliRunner.Run("validate", file, "--lang", "en");

            Assert.That(run.Console, Does.Contain("\\x1B[31mEVIL"));
            Assert.That(run.Console, Does.Contain("\\x07").And.Contain("\\x9B"));
            Assert.That(run.Console.Where(c => c is '\u001B' or '\u0007' or '\u009B'), Is.Empty);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Error_UnknownMunicipalityWithEscape_IsPrintedEscaped()
    {
        var run = CliRunner.Run("report", "Ber\u001B[2Jgen", "--input", "samples/benchmark-2024.csv");

        Assert.That(run.Error, Does.Contain("Ber\\x1B[2Jgen"));
        Assert.That(run.Error.IndexOf('\u001B', StringComparison.Ordinal), Is.EqualTo(-1), string.Join(' ', run.Error.Select(c => ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [TestCase("plain text", "plain text")]
    [TestCase("a\u202Eb", "a\\u202Eb")]
    [TestCase("tab\there", "tab here")]
    [TestCase("line\nbreak", "line\nbreak")]
    public void Escape_OnlyUnsafeCharacters(string text, string shown) =>
        Assert.That(TerminalText.Escape(text), Is.EqualTo(shown));
}
