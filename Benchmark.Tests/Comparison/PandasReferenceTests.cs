using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Validation;

namespace Benchmark.Tests.Comparison;

/// <summary>
/// The engine's size-class statistics and league-table ranks of samples/benchmark-2024.csv against an independent
/// computation with pandas (tools/reference/group_statistics.py; its output and provenance are in
/// TestData/reference/README.md).
/// </summary>
public sealed class PandasReferenceTests
{
    private const int Year = 2024;
    private const double RelativeTolerance = 1e-9;

    private ValidationReport _report = null!;
    private BenchmarkEngine _engine = null!;
    private Dictionary<string, ComparisonGroup> _groups = null!;

    [OneTimeSetUp]
    public void LoadSamples()
    {
        _report = DatasetLoader.Load([Path.Combine(TestPaths.Samples, "benchmark-2024.csv")]);
        _engine = new BenchmarkEngine(_report.Dataset, BuiltInMunicipalities.Registry);
        _groups = _engine.Groups(Year, PeerGroupSpec.BySizeClass).ToDictionary(SizeClassOf, StringComparer.Ordinal);
    }

    [Test]
    public void Load_Samples2024_AcceptsEveryValue()
    {
        // The reference reads every cell of the file; it is comparable only when validation rejected nothing.
        Assert.That(_report.AllFindings.Where(f => f.IsError).Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void Load_Samples2024_OverheadAsGivenAndComputedOnlyWhereTheFileHasNone()
    {
        // The file gives Overhead % rounded to one decimal (Groningen GM0014: 9,7 where 85,154,017 / 875,247,906 = 9.729 %);
        // that value is kept. Four municipalities have no Overhead % but both components: computed, without a source file.
        var data = _report.Dataset;
        var slice = data.Slice("overhead_pct", Year);
        var computed = Enumerable.Range(0, slice.Length).Select(i => slice[i]).Where(o => o.Source.File is null).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(data.ValueOrNaN(MunicipalityCode.Parse("GM0014"), Year, "overhead_pct"), Is.EqualTo(9.7));
            Assert.That(computed, Has.Count.EqualTo(4));
            foreach (var o in computed)
            {
                var expected = 100 * data.ValueOrNaN(o.Municipality, Year, "overhead_costs") / data.ValueOrNaN(o.Municipality, Year, "total_expenditure");
                Assert.That(o.Value, Is.EqualTo(expected), o.Municipality.ToString());
            }
        });
    }

    [Test]
    public void ComparableIndicators_Samples2024_AreThoseOfTheReference()
    {
        var reference = ReadStats().Select(r => r.Indicator).Distinct().ToList();

        Assert.That(_engine.ComparableIndicators.Select(i => i.Code.Value), Is.EqualTo(reference));
    }

    [Test]
    public void Groups_Samples2024BySizeClass_HaveTheReferenceMembers()
    {
        var reference = ReadRanks()
            .Where(r => r.Indicator == "overhead_pct")
            .GroupBy(r => r.SizeClass)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Municipality).Order(StringComparer.Ordinal).ToList());

        Assert.Multiple(() =>
        {
            Assert.That(_groups.Keys, Is.EquivalentTo(reference.Keys));
            foreach (var (sizeClass, members) in reference)
            {
                Assert.That(_groups[sizeClass].Members.Select(m => m.ToString()), Is.EqualTo(members), sizeClass);
            }

            Assert.That(_groups.Values.Sum(g => g.Count), Is.EqualTo(342), "every municipality of the reference in exactly one class");
        });
    }

    [Test]
    public void AllStatistics_Samples2024BySizeClass_AgreeWithPandas()
    {
        var engine = _engine.AllStatistics(Year, PeerGroupSpec.BySizeClass)
            .ToDictionary(s => (s.Indicator.Value, SizeClassOf(s.Group)));
        var reference = ReadStats();
        var mismatches = new List<string>();
        foreach (var r in reference)
        {
            var s = engine[(r.Indicator, r.SizeClass)];
            var where = $"{r.Indicator} {r.SizeClass}";
            if (s.ValueCount != r.N)
            {
                mismatches.Add($"{where}: n {s.ValueCount} ≠ {r.N}");
            }

            if (r.N < _engine.Options.MinimumGroupSize)
            {
                if (!s.IsSuppressed)
                {
                    mismatches.Add($"{where}: n = {r.N} but not suppressed");
                }

                continue;
            }

            var v = s.Values!;
            Compare(mismatches, where, "mean", v.Mean, r.Mean);
            Compare(mismatches, where, "median", v.Median, r.Median);
            Compare(mismatches, where, "Q1", v.Q1, r.Q1);
            Compare(mismatches, where, "Q3", v.Q3, r.Q3);
            Compare(mismatches, where, "P10", v.P10, r.P10);
            Compare(mismatches, where, "P90", v.P90, r.P90);
            Compare(mismatches, where, "min", v.Min, r.Min);
            Compare(mismatches, where, "max", v.Max, r.Max);
            Compare(mismatches, where, "SD", v.StandardDeviation, r.Sd);
            Compare(mismatches, where, "MAD", v.ScaledMad, r.Mad);
        }

        Assert.Multiple(() =>
        {
            Assert.That(engine, Has.Count.EqualTo(reference.Count), "one statistic per indicator × size class");
            Assert.That(reference, Has.Count.EqualTo(12 * 5));
            Assert.That(mismatches, Is.Empty);
        });
    }

    [Test]
    public void Rank_Samples2024EverySizeClass_AgreesWithPandasMinRanks()
    {
        var mismatches = new List<string>();
        var compared = 0;
        foreach (var expected in ReadRanks().GroupBy(r => (r.Indicator, r.SizeClass)))
        {
            var (indicator, sizeClass) = expected.Key;
            var ranked = expected.Count(r => r.Rank > 0);
            var table = _engine.Rank(IndicatorCode.Parse(indicator), Year, _groups[sizeClass]);
            var entries = table.Entries.ToDictionary(e => e.Municipality.ToString());
            if (entries.Count != expected.Count())
            {
                mismatches.Add($"{indicator} {sizeClass}: {entries.Count} entries ≠ {expected.Count()}");
            }

            foreach (var r in expected)
            {
                var where = $"{indicator} {sizeClass} {r.Municipality}";
                if (!entries.TryGetValue(r.Municipality, out var e))
                {
                    mismatches.Add($"{where}: not in the league table");
                    continue;
                }

                compared++;

                // pandas ranks every group; a group with fewer values than the minimum size shows no ranks.
                var expectedRank = ranked < _engine.Options.MinimumGroupSize ? 0 : r.Rank;
                if (e.Rank != expectedRank)
                {
                    mismatches.Add($"{where}: rank {e.Rank} ≠ {expectedRank}");
                }

                Compare(mismatches, where, "value", e.Value, r.Value);
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(compared, Is.EqualTo(12 * 342));
            Assert.That(mismatches, Is.Empty);
        });
    }

    private static void Compare(List<string> mismatches, string where, string figure, double actual, double expected)
    {
        var agree = double.IsNaN(expected)
            ? double.IsNaN(actual)
            : Math.Abs(actual - expected) <= RelativeTolerance * Math.Max(Math.Abs(actual), Math.Abs(expected));
        if (!agree)
        {
            mismatches.Add(FormattableString.Invariant($"{where}: {figure} {actual:R} ≠ pandas {expected:R}"));
        }
    }

    private string SizeClassOf(ComparisonGroup group) =>
        _engine.Peers(group.Year, group.Members[0]).SizeClass?.ToString() ?? throw new InvalidOperationException($"{group.Name} is not a size class.");

    private static List<StatsRow> ReadStats() =>
        [.. ReadCsv("stats-2024-size-class.csv").Select(f => new StatsRow(
            f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture),
            Number(f[3]), Number(f[4]), Number(f[5]), Number(f[6]), Number(f[7]), Number(f[8]),
            Number(f[9]), Number(f[10]), Number(f[11]), Number(f[12])))];

    private static List<RankRow> ReadRanks() =>
        [.. ReadCsv("ranks-2024-size-class.csv").Select(f => new RankRow(
            f[0], f[1], f[2], Number(f[3]), f[4].Length == 0 ? 0 : int.Parse(f[4], CultureInfo.InvariantCulture)))];

    private static IEnumerable<string[]> ReadCsv(string name) =>
        File.ReadLines(TestPaths.TestData("reference", name)).Skip(1).Select(line => line.Split(','));

    private static double Number(string text) =>
        text.Length == 0 ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private sealed record StatsRow(
        string Indicator, string SizeClass, int N, double Mean, double Median, double Q1, double Q3, double P10, double P90,
        double Min, double Max, double Sd, double Mad);

    private sealed record RankRow(string Indicator, string SizeClass, string Municipality, double Value, int Rank);
}
