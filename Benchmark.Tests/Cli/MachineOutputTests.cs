using System.Text.Json;

namespace Benchmark.Tests.Cli;

/// <summary>
/// Machine output (CSV, JSON on stdout) is clean and the same whatever <c>--lang</c> says: status lines go to stderr,
/// labels are in English.
/// </summary>
public sealed class MachineOutputTests
{
    private static readonly string Year2024 = Path.Combine(TestPaths.Samples, "benchmark-2024.csv");

    [Test]
    public void StatsJsonWithRanks_StdoutIsOneJsonDocument_StatusOnStderr()
    {
        var ranks = Path.Combine(Path.GetTempPath(), $"ranks-{Guid.NewGuid():N}.csv");
        try
        {
            var run = CliRunner.Run("stats", "--year", "2024", "--input", Year2024, "--ranks", ranks, "--format", "json");

            Assert.That(run.ExitCode, Is.Zero, run.ToString);
            using var doc = JsonDocument.Parse(run.Out);
            Assert.Multiple(() =>
            {
                Assert.That(doc.RootElement.GetProperty("command").GetString(), Is.EqualTo("stats"));
                Assert.That(run.Out, Does.Not.Contain("Geschreven"));
                Assert.That(run.Error, Does.Contain("Geschreven: " + ranks));
            });
        }
        finally
        {
            File.Delete(ranks);
        }
    }

    [TestCase("stats", "--format", "csv")]
    [TestCase("stats", "--format", "json")]
    [TestCase("rank", "--indicator", "overhead_pct", "--format", "csv")]
    [TestCase("rank", "--indicator", "overhead_pct", "--format", "json")]
    [TestCase("compare", "GM0193", "--format", "json")]
    [TestCase("peers", "GM0193", "--peers", "nearest:5", "--format", "json")]
    [TestCase("partners", "GM0193", "--format", "csv")]
    public void MachineOutput_SameInDutchAndEnglish(params string[] command)
    {
        var dutch = CliRunner.Run([.. command, "--year", "2024", "--input", Year2024, "--lang", "nl"]);
        var english = CliRunner.Run([.. command, "--year", "2024", "--input", Year2024, "--lang", "en"]);

        Assert.Multiple(() =>
        {
            Assert.That(dutch.ExitCode, Is.Zero, dutch.ToString);
            Assert.That(dutch.Out, Is.EqualTo(english.Out));
            Assert.That(dutch.Out, Does.Not.Contain("Grootteklasse").And.Not.Contain("gemeenten"));
        });
    }

    [Test]
    public void PeersJson_VariablesAsFormulas()
    {
        var run = CliRunner.Run("peers", "GM0193", "--peers", "nearest:5", "--year", "2024", "--input", Year2024, "--format", "json");

        using var doc = JsonDocument.Parse(run.Out);
        Assert.That(doc.RootElement.GetProperty("variables").GetString(), Is.EqualTo("ln(inhabitants) × 1, address_density × 1"));
    }
}
