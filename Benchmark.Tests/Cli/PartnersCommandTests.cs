namespace Benchmark.Tests.Cli;

/// <summary><c>benchmark partners</c> applies the engine's rule: partners are strictly better and in the best quartile.</summary>
public sealed class PartnersCommandTests
{
    private static readonly string Year2024 = Path.Combine(TestPaths.Samples, "benchmark-2024.csv");

    [Test]
    public void Partners_ZwolleRankedFirstOnIctCosts_NoWorsePartnersButWhoMayCallIt()
    {
        // Issue #10's reproduction: Zwolle is rank 1 of 31; the old command named five "partners" ranked 2–7.
        var run = CliRunner.Run("partners", "GM0193", "--indicator", "ict_costs_per_inhabitant", "--year", "2024", "--input", Year2024, "--format", "csv");

        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString);
            Assert.That(rows, Is.Not.Empty);
            Assert.That(rows.Select(r => r[^1]), Has.All.EqualTo("learns-from-you"));
            Assert.That(rows.Select(r => double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)), Has.All.GreaterThan(double.Parse(rows[0][4], System.Globalization.CultureInfo.InvariantCulture)), "each is worse than Zwolle");
        });
    }

    [Test]
    public void Partners_EveryIndicator_EveryLearnFromPartnerStrictlyBetter()
    {
        var run = CliRunner.Run("partners", "GM0193", "--year", "2024", "--input", Year2024, "--format", "csv");
        var engine = Benchmark.Tests.Export.ExportTestData.SampleEngine;

        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Where(r => r[^1] == "learn-from").ToList();
        Assert.That(rows, Is.Not.Empty);
        foreach (var r in rows)
        {
            var direction = engine.Catalog.Get(r[0]).Direction;
            var value = double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture);
            var own = double.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(Benchmark.Statistics.Ranking.IsBetter(value, own, direction), Is.True, string.Join(",", r));
        }
    }
}
