using Benchmark.PeerGroups;
using Benchmark.Tests.Export;

namespace Benchmark.Tests.Comparison;

/// <summary><see cref="BenchmarkEngine.AllRankings"/> gives the figures of <see cref="BenchmarkEngine.AllStatistics"/> and the ranks of the league tables (<c>Rank</c>).</summary>
public sealed class AllRankingsTests
{
    private static BenchmarkEngine Engine => ExportTestData.SampleEngine;

    [TestCase("all")]
    [TestCase("size-class")]
    [TestCase("province")]
    public void AllRankings_Statistics_AreThoseOfAllStatistics(string spec)
    {
        var expected = Engine.AllStatistics(PeerGroupSpec.Parse(spec), 2024);
        var actual = Engine.AllRankings(PeerGroupSpec.Parse(spec), 2024).Select(r => r.Statistics).ToList();

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
            foreach (var ranking in Engine.AllRankings(PeerGroupSpec.Parse(spec), 2023))
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

    [Test]
    public void AllRankings_Nearest_Throws()
    {
        Assert.Throws<ArgumentException>(() => Engine.AllRankings(PeerGroupSpec.Parse("nearest")).ToList());
    }
}
