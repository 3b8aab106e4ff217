using Benchmark.Catalog;
using Benchmark.PeerGroups;

namespace Benchmark.Tests.Comparison;

/// <summary>
/// "Not published" holds everywhere on generated data: a survey score on fewer than 50 respondents (or an unknown
/// number) has no value and no rank in any league table or ranking output, counts in no group statistic, and the
/// municipality itself sees it flagged, unranked.
/// </summary>
[Category(TestCategories.Generated)]
public sealed class PublicationRuleTests
{
    [Test]
    public void SurveyScoresBelowTheThreshold_NowhereForOthers_FlaggedForThemselves()
    {
        var engine = GeneratedBenchmark.Engine;
        var surveys = engine.ComparableIndicators.Where(i => i.Survey is not null).ToList();
        var unpublished = 0;
        foreach (var year in engine.Years)
        {
            foreach (var ranking in engine.AllRankings(year, PeerGroupSpec.BySizeClass).Where(r => surveys.Any(s => s.Code == r.Statistics.Indicator)))
            {
                var members = ranking.Statistics.Group.Members;
                var published = 0;
                for (var i = 0; i < members.Count; i++)
                {
                    var hidden = engine.IsUnpublished(IndicatorCode.Parse(ranking.Statistics.Indicator), year, members[i])
                        && double.IsFinite(engine.Data.ValueOrNaN(members[i], year, ranking.Statistics.Indicator));
                    if (hidden)
                    {
                        unpublished++;
                        var where = $"{members[i]} {year} {ranking.Statistics.Indicator}";
                        Assert.That(ranking.Values[i], Is.NaN, where + ": value in the rank output");
                        Assert.That(ranking.Ranks[i], Is.Zero, where + ": ranked");
                        var own = engine.Position(IndicatorCode.Parse(ranking.Statistics.Indicator), year, engine.Peers(year, PeerGroupSpec.BySizeClass, members[i]), members[i]);
                        Assert.That((own.Rank, own.Quartile, own.Has(Benchmark.Comparison.PositionFlags.BelowPublicationThreshold)), Is.EqualTo((0, 0, true)), where);
                        Assert.That(own.Value, Is.Not.NaN, where + ": the municipality itself sees its score");
                    }
                    else if (double.IsFinite(ranking.Values[i]))
                    {
                        published++;
                    }
                }

                Assert.That(ranking.Statistics.ValueCount, Is.EqualTo(published), $"{ranking.Statistics.Group.Name.En} {year}: n counts only published scores");
            }
        }

        Assert.That(unpublished, Is.GreaterThan(100), "the generated data have small organisations with few respondents");
    }
}
