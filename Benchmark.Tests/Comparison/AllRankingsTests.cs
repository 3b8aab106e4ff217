using Benchmark.PeerGroups;
using Benchmark.Tests.Export;

namespace Benchmark.Tests.Comparison;

/// <summary><see cref="BenchmarkEngine.AllRankings(PeerGroupSpec)"/> gives the figures of <see cref="BenchmarkEngine.AllStatistics(PeerGroupSpec)"/> and the ranks of the league tables (<c>Rank</c>).</summary>
public sealed class AllRankingsTests
{
    private static BenchmarkEngine Engine => ExportTestData.SampleEngine;

    [TestCase("all")]
    [TestCase("size-class")]
    [TestCase("province")]
    public void AllRankings_Statistics_AreThoseOfAllStatistics(string spec)
    {
        var expected = Engine.AllStatistics(2024, PeerGroupSpec.Parse(spec));
        var actual = Engine.AllRankings(2024, PeerGroupSpec.Parse(spec)).Select(r => r.Statistics).ToList();

        Assert.That(actual, Has.Count.EqualTo(expected.Count));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < expected.Count; i++)
            {
                var (e, a) = (expected[i], actual[i]);
                Assert.That((a.Indicator, a.Year, a.Group.Spec, a.Group.Name.En), Is.EqualTo((e.Indicator, e.Year, e.Group.Spec, e.Group.Name.En)));
                Assert.That(a.Group.Members, Is.EqualTo(e.Group.Members));
                Assert.That((a.ValueCount, a.IsSuppressed), Is.EqualTo((e.ValueCount, e.IsSuppressed)));
                Assert.That(a.Values?.Median, Is.EqualTo(e.Values?.Median));
                Assert.That(a.Values?.Q1, Is.EqualTo(e.Values?.Q1));
                Assert.That(a.Values?.Mean, Is.EqualTo(e.Values?.Mean));
                Assert.That(a.GroupRatio, Is.EqualTo(e.GroupRatio));
            }
        });
    }

    [TestCase("all")]
    [TestCase("size-class")]
    public void AllRankings_Ranks_AreThoseOfTheLeagueTable(string spec)
    {
        var checkedRanks = 0;
        Assert.Multiple(() =>
        {
            foreach (var ranking in Engine.AllRankings(2023, PeerGroupSpec.Parse(spec)))
            {
                var s = ranking.Statistics;
                var table = Engine.Rank(s.Indicator, s.Year, s.Group);
                var rankOf = table.Entries.ToDictionary(e => e.Municipality, e => e.Rank);
                for (var i = 0; i < s.Group.Members.Count; i++)
                {
                    Assert.That(ranking.Ranks[i], Is.EqualTo(rankOf[s.Group.Members[i]]), $"{s.Indicator} {s.Group.Name.En} {s.Group.Members[i]}");
                    Assert.That(ranking.Values[i], Is.EqualTo(table.Entries.First(e => e.Municipality == s.Group.Members[i]).Value));
                    checkedRanks += ranking.Ranks[i] > 0 ? 1 : 0;
                }
            }
        });

        Assert.That(checkedRanks, Is.GreaterThan(1000), "the samples rank thousands of values");
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void AllRankings_SeededValuesWithTiesAndSignedZeros_EqualStatisticsAndLeagueTables(int seed)
    {
        // Seeded: a higher-is-better and a lower-is-better indicator with many ties, missing values, and 0 and -0 in one.
        var random = new Random(seed);
        var builder = new Benchmark.Data.DatasetBuilder();
        var municipalities = Benchmark.Import.BuiltInMunicipalities.Registry.All.Take(120).ToList();
        foreach (var m in municipalities)
        {
            foreach (var indicator in new[] { "employee_satisfaction", "sickness_absence_pct" })
            {
                var pick = random.Next(10);
                // Satisfaction with signed zeros (the statistics sort again); sickness absence without (one shared sort).
                var value = indicator == "employee_satisfaction"
                    ? pick switch { 0 => 0.0, 1 => -0.0, 2 => double.NaN, _ => random.Next(-3, 4) * 0.5 }
                    : pick switch { 2 => double.NaN, _ => random.Next(1, 8) * 0.5 };
                builder.Add(m.Code, 2024, indicator, value);
            }
        }

        var engine = new BenchmarkEngine(builder.Build(), Benchmark.Import.BuiltInMunicipalities.Registry);
        var expected = engine.AllStatistics(2024, PeerGroupSpec.Parse("size-class"));
        var actual = engine.AllRankings(2024, PeerGroupSpec.Parse("size-class")).ToList();

        Assert.That(actual.Select(r => r.Statistics.Values?.Min), Is.EqualTo(expected.Select(s => s.Values?.Min)));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < expected.Count; i++)
            {
                var (e, a) = (expected[i].Values, actual[i].Statistics.Values);
                Assert.That(a is null, Is.EqualTo(e is null));
                if (a is not null && e is not null)
                {
                    // Bit for bit, so that -0 and 0 count as different.
                    double[] Figures(Benchmark.Statistics.DescriptiveStatistics d) => [d.Mean, d.Median, d.Q1, d.Q3, d.P10, d.P90, d.Min, d.Max, d.StandardDeviation, d.ScaledMad];
                    Assert.That(Figures(a).Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(Figures(e).Select(BitConverter.DoubleToInt64Bits)));
                }

                var s = actual[i].Statistics;
                var table = engine.Rank(s.Indicator, s.Year, s.Group);
                var members = s.Group.Members;
                Assert.That(actual[i].Ranks, Is.EqualTo(members.Select(m => table.Entries.First(x => x.Municipality == m).Rank)));
            }
        });
    }

    [Test]
    public void AllRankings_Nearest_Throws()
    {
        Assert.Throws<ArgumentException>(() => Engine.AllRankings(PeerGroupSpec.Parse("nearest")).ToList());
    }
}
