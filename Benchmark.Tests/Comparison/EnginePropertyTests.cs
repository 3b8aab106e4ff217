using System.Globalization;
using System.Text;
using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;

namespace Benchmark.Tests.Comparison;

/// <summary>Seeded properties of the engine: input order does not matter; flipping a direction reverses the ranks.</summary>
public sealed class EnginePropertyTests
{
    private const int Year = 2024;

    /// <summary>80 municipalities of the built-in reference (every size class but the smallest well filled).</summary>
    private static readonly Municipality[] Municipalities = [.. BuiltInMunicipalities.Registry.All.Where((_, i) => i % 4 == 0).Take(80)];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Compare_ObservationsAddedInAnyOrder_SameResults(int seed)
    {
        var observations = RandomObservations(seed, ties: true);
        var reference = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), BuiltInMunicipalities.Registry);
        var expected = Describe(reference);

        var random = new Random(seed * 7919);
        for (var round = 0; round < 3; round++)
        {
            var shuffled = observations.ToArray();
            random.Shuffle(shuffled);
            var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(shuffled).Build(), BuiltInMunicipalities.Registry);

            Assert.That(Describe(engine), Is.EqualTo(expected), $"seed {seed}, shuffle {round}");
        }
    }

    [Test]
    public void Describe_DifferentData_DiffersSoThePermutationTestCanFail()
    {
        var a = Describe(new BenchmarkEngine(new DatasetBuilder().AddRange(RandomObservations(1, ties: true)).Build(), BuiltInMunicipalities.Registry));
        var b = Describe(new BenchmarkEngine(new DatasetBuilder().AddRange(RandomObservations(2, ties: true)).Build(), BuiltInMunicipalities.Registry));

        Assert.That(a, Is.Not.EqualTo(b));
    }

    [TestCase(11)]
    [TestCase(12)]
    [TestCase(13)]
    public void Rank_DirectionFlippedInACustomCatalogue_RanksReversedWithoutTies(int seed)
    {
        var data = new DatasetBuilder().AddRange(RandomObservations(seed, ties: false)).Build();
        var flipped = new IndicatorCatalog("flipped", IndicatorCatalog.Default.All.Select(i => i.Code.Value switch
        {
            "overhead_pct" => i with { Direction = Direction.HigherIsBetter },
            "employee_satisfaction" => i with { Direction = Direction.LowerIsBetter },
            _ => i,
        }));
        var normal = new BenchmarkEngine(data, BuiltInMunicipalities.Registry);
        var reversed = new BenchmarkEngine(data, BuiltInMunicipalities.Registry, flipped);
        var compared = 0;

        foreach (var indicator in new[] { "overhead_pct", "employee_satisfaction" })
        {
            foreach (var group in normal.Groups(Year, PeerGroupSpec.BySizeClass))
            {
                var before = normal.Rank(IndicatorCode.Parse(indicator), Year, group);
                if (before.Statistics.IsSuppressed)
                {
                    continue;
                }

                var after = reversed.Rank(IndicatorCode.Parse(indicator), Year, group).Entries.ToDictionary(e => e.Municipality);
                var n = before.Statistics.ValueCount;
                foreach (var e in before.Entries.Where(e => e.Rank > 0))
                {
                    Assert.That(after[e.Municipality].Rank, Is.EqualTo(n + 1 - e.Rank), $"{indicator} {e.Municipality}");
                    Assert.That(after[e.Municipality].PercentRank, Is.EqualTo(100 - e.PercentRank).Within(1e-9), $"{indicator} {e.Municipality}");
                    compared++;
                }

                Assert.That(after.Values.Where(e => e.Rank == 0).Select(e => e.Municipality), Is.EquivalentTo(before.Entries.Where(e => e.Rank == 0).Select(e => e.Municipality)));
            }
        }

        Assert.That(compared, Is.GreaterThan(100), "enough ranked values to mean something");
    }

    /// <summary>
    /// 2023 and 2024 figures for <see cref="Municipalities"/>: overhead % (with its components), formatie per 1,000, the
    /// employee survey (mark, n, sd, headcount) and sickness absence, about 8 % of the values missing. With
    /// <paramref name="ties"/> the values are rounded to one decimal (many ties); without, they are all distinct.
    /// </summary>
    private static List<Observation> RandomObservations(int seed, bool ties)
    {
        var random = new Random(seed);
        var list = new List<Observation>();
        var used = new HashSet<double>();
        double Value(double low, double high)
        {
            while (true)
            {
                var v = low + ((high - low) * random.NextDouble());
                v = ties ? Math.Round(v, 1) : v;
                if (ties || used.Add(v))
                {
                    return v;
                }
            }
        }

        void Add(Municipality m, int year, string indicator, double value)
        {
            if (random.NextDouble() >= 0.08)
            {
                list.Add(new Observation(m.Code, year, indicator, value, new SourceLocation("random.csv", list.Count + 2, indicator)));
            }
        }

        foreach (var m in Municipalities)
        {
            foreach (var year in new[] { 2023, Year })
            {
                list.Add(new Observation(m.Code, year, "inhabitants", m.InhabitantsIn(Year)!.Value, new SourceLocation("random.csv", 1, "Inwoners")));
                var total = Math.Round(m.InhabitantsIn(Year)!.Value * Value(2_000, 4_000));
                var overhead = Value(7, 14);
                Add(m, year, "total_expenditure", total);
                Add(m, year, "overhead_costs", Math.Round(total * overhead / 100));
                Add(m, year, "overhead_pct", overhead);
                Add(m, year, "formatie_per_1000", Value(4, 10));
                Add(m, year, "sickness_absence_pct", Value(3.5, 8.5));
                var n = random.Next(20, 400);
                Add(m, year, "employee_satisfaction", Value(6.2, 8.0));
                Add(m, year, "employee_satisfaction_n", n);
                Add(m, year, "employee_satisfaction_sd", Math.Round(1 + (0.6 * random.NextDouble()), 2));
                Add(m, year, "staff_headcount", n + random.Next(0, 400));
            }
        }

        return list;
    }

    /// <summary>Every figure of every comparison, statistic and league table of 2024, as text (round-trip numbers).</summary>
    private static string Describe(BenchmarkEngine engine)
    {
        var text = new StringBuilder();
        void Line(params object?[] parts) => text.AppendLine(string.Join(";", parts.Select(p => p switch
        {
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => p?.ToString() ?? "null",
        })));

        foreach (var s in engine.AllStatistics(Year, PeerGroupSpec.BySizeClass))
        {
            var v = s.Values;
            Line(s.Indicator, s.Group.Name, string.Join(",", s.Group.Members), s.ValueCount, s.GroupRatio, s.GroupRatioCount, s.SuppressionReason,
                v?.Mean, v?.Median, v?.Q1, v?.Q3, v?.P10, v?.P90, v?.Min, v?.Max, v?.StandardDeviation, v?.ScaledMad);
            var table = engine.Rank(s.Indicator, Year, s.Group);
            Line(string.Join(",", table.Entries.Select(e => FormattableString.Invariant($"{e.Municipality}:{e.Rank}:{e.Value:R}:{e.PercentRank:R}:{e.Quartile}"))));
        }

        foreach (var m in Municipalities)
        {
            foreach (var p in engine.Compare(Year, m.Code).Positions)
            {
                Line(m.Code, p.Indicator.Code, p.Value, p.IsComputed, p.Rank, p.RankedCount, p.PercentRank, p.Quartile, p.DifferenceToMedian,
                    p.DifferenceToMedianPercent, p.DifferenceToMedianEuros, p.RobustZ, p.GapToBestQuartile, p.GapToBestQuartileEuros,
                    p.PreviousValue, p.YearOnYearChange, p.Flags, p.Survey?.StandardError, p.Survey?.Lower, p.Survey?.Upper,
                    p.SurveyDifference?.TStatistic, p.SurveyDifference?.IsSignificant);
            }
        }

        return text.ToString();
    }
}
