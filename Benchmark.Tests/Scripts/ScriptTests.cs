using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Tests.Export;

namespace Benchmark.Tests.Scripts;

/// <summary>
/// Builds and runs every researcher script of samples/scripts as a user would (<c>dotnet run samples/scripts/X.cs</c> from
/// the repository root), so that a library change that breaks one fails here. Expected figures come from the engine over
/// the same samples, formatted as the scripts format them (invariant culture, two decimals).
/// </summary>
[TestFixture]
[Category(TestCategories.Scripts)]
[NonParallelizable]
public sealed class ScriptTests
{
    /// <summary>Every script and the test that runs it; a new script must be added here.</summary>
    private static readonly string[] Scripts = ["compare-municipality.cs", "dataframes.cs", "learning-partners.cs", "rank-indicator.cs"];

    private static BenchmarkEngine Engine => ExportTestData.SampleEngine;

    [Test]
    public void Folder_EveryScript_IsRunByATestHere()
    {
        var found = Directory.GetFiles(ScriptRunner.Folder, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.That(found, Is.EqualTo(Scripts));
    }

    [Test]
    public void CompareMunicipality_Default_PrintsZwolleAgainstItsSizeClass()
    {
        var run = RunSucceeding("compare-municipality.cs");

        var comparison = Engine.Compare(2024, ExportTestData.Zwolle);
        Assert.That(run.Output, Does.Contain($"Zwolle (GM0193), 2024: {comparison.PeerGroup.Name.En}, {comparison.PeerGroup.Count} municipalities"));
        Assert.That(run.Output, Does.Contain("Loaded " + Engine.Data.Count.ToString(CultureInfo.InvariantCulture) + " values: 0 errors"));
        Assert.Multiple(() =>
        {
            foreach (var p in comparison.Positions)
            {
                var line = LineStartingWith(run, p.Indicator.Name.En + " ");
                Assert.That(line, Does.Contain(F2(p.Value)).And.Contain(F2(p.Group.Values!.Median)).And.Contain($"{p.Rank}/{p.RankedCount}"), p.Indicator.Code.Value);
            }
        });
    }

    [Test]
    public void CompareMunicipality_CodeAndYear_ComparesThatMunicipalityInThatYear()
    {
        var run = RunSucceeding("compare-municipality.cs", "GM0363", "2023");

        var overhead = Engine.Compare(2023, MunicipalityCode.Parse("GM0363"))[IndicatorCode.Parse("overhead_pct")]!;
        Assert.That(run.Output, Does.Contain("Amsterdam (GM0363), 2023:"));
        Assert.That(LineStartingWith(run, "Overhead (%) "), Does.Contain(F2(overhead.Value)));
    }

    [Test]
    public void CompareMunicipality_UnknownMunicipality_FailsWithAnError()
    {
        // GM9999 is not a municipality: the engine throws (misuse), so the script must end with a non-zero exit code.
        var run = ScriptRunner.Run("compare-municipality.cs", "GM9999");

        Assert.That(run.ExitCode, Is.Not.Zero, run.ToString);
        Assert.That(run.Error, Does.Contain("GM9999"), run.ToString);
    }

    [Test]
    public void RankIndicator_Default_PrintsTheOverheadLeagueTableWithZwolleMarked()
    {
        var run = RunSucceeding("rank-indicator.cs");

        var table = Engine.Rank(IndicatorCode.Parse("overhead_pct"), 2024, ExportTestData.Zwolle);
        var zwolle = table.Entries.Single(e => e.IsFocus);
        var best = table.Entries[0];
        Assert.That(run.Output, Does.Contain($"Overhead (%) (overhead_pct), 2024, LowerIsBetter: {table.Statistics.Group.Name.En}"));
        Assert.That(LineContaining(run, "GM0193"), Does.Contain("Zwolle").And.Contain(F2(zwolle.Value)).And.EndWith("<==").And.StartWith($"{zwolle.Rank,4}"));
        Assert.That(LineContaining(run, best.Municipality.ToString()), Does.StartWith("   1").And.Contain(F2(best.Value)));
        Assert.That(run.Output.Split('\n').Count(l => l.Contains("  GM", StringComparison.Ordinal)), Is.EqualTo(table.Entries.Count));
    }

    [Test]
    public void RankIndicator_IndicatorAndMunicipality_RanksThatIndicatorInThatClass()
    {
        var run = RunSucceeding("rank-indicator.cs", "sickness_absence_pct", "GM0014");

        var groningen = Engine.Rank(IndicatorCode.Parse("sickness_absence_pct"), 2024, MunicipalityCode.Parse("GM0014")).Entries.Single(e => e.IsFocus);
        Assert.That(run.Output, Does.Contain("Sickness absence (%) (sickness_absence_pct), 2024"));
        Assert.That(LineContaining(run, "GM0014"), Does.Contain("Groningen").And.Contain(F2(groningen.Value)).And.EndWith("<=="));
    }

    [Test]
    public void LearningPartners_Default_PrintsZwollesPartnersPerIndicator()
    {
        var run = RunSucceeding("learning-partners.cs");

        var partners = Engine.Partners(2024, ExportTestData.Zwolle);
        Assert.That(partners, Is.Not.Empty);
        Assert.That(run.Output, Does.Contain("Learning partners of Zwolle (GM0193) in 2024"));
        Assert.That(run.Output, Does.Contain($"Overhead (%) (overhead_pct): own value {F2(Engine.Data.ValueOrNaN(ExportTestData.Zwolle, 2024, "overhead_pct"))}"));
        Assert.That(run.Output.Split('\n').Count(l => l.StartsWith("  GM", StringComparison.Ordinal)), Is.EqualTo(partners.Count));
        Assert.Multiple(() =>
        {
            foreach (var p in partners.Where(p => p.Indicator == "overhead_pct"))
            {
                Assert.That(run.Output, Does.Contain($"  {p.Municipality}  {p.Name}"), p.Name);
                Assert.That(run.Output, Does.Contain($"rank {p.Rank,2}  distance {p.Distance.ToString("F3", CultureInfo.InvariantCulture)}"), p.Name);
            }
        });
    }

    [Test]
    public void Dataframes_Default_PrintsCountsStatisticsAndTrend()
    {
        var run = RunSucceeding("dataframes.cs");

        var missing = Engine.Data.Observations.Count(o => o.IsMissing);
        var absence = Engine.AllStatistics(2024, PeerGroupSpec.BySizeClass).First(s => s.Indicator == "sickness_absence_pct");
        var trend = Engine.Trend(IndicatorCode.Parse("overhead_pct"), ExportTestData.Zwolle).Points[^1];
        Assert.That(run.Output, Does.Contain($"{Engine.Data.Count} observations, {missing} missing values (null)"));
        Assert.That(run.Output, Does.Contain("2024: mean overhead "));
        Assert.That(LineStartingWith(run, absence.Group.Name.En), Does.Contain($"median {F2(absence.Values!.Median)}"));
        Assert.That(run.Output, Does.Contain($"GM0193 2024: {trend.Value.ToString("F1", CultureInfo.InvariantCulture)} (size-class median {F2(trend.PeerMedian)})"));
    }

    /// <summary>Runs a script, asserts it succeeded, and that it left no build output next to the scripts.</summary>
    private static ScriptRun RunSucceeding(string script, params string[] args)
    {
        var run = ScriptRunner.Run(script, args);

        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        var leftovers = Directory.GetFileSystemEntries(ScriptRunner.Folder)
            .Select(Path.GetFileName)
            .Where(name => !name!.EndsWith(".cs", StringComparison.Ordinal) && name != "README.md");
        Assert.That(leftovers, Is.Empty, "file-based apps build outside the repository");
        return run;
    }

    private static string LineStartingWith(ScriptRun run, string start) =>
        run.Output.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal))
        ?? throw new AssertionException($"No line starts with '{start}'.{Environment.NewLine}{run}");

    private static string LineContaining(ScriptRun run, string text) =>
        run.Output.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal))
        ?? throw new AssertionException($"No line contains '{text}'.{Environment.NewLine}{run}");

    private static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
