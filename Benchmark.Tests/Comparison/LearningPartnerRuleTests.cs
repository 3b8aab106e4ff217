using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Statistics;

namespace Benchmark.Tests.Comparison;

/// <summary>
/// The learning-partner rule on generated data, for every focus × indicator × year: a partner is strictly better than
/// the focus in the indicator's direction and in the peer group's best quartile (survey scores: significantly better);
/// "who may call you" appears only for a focus in the best quartile whom nobody measurably beats.
/// </summary>
[Category(TestCategories.Generated)]
public sealed class LearningPartnerRuleTests
{
    [Test]
    [Category(TestCategories.Slow)]
    public void Partners_EveryFocusIndicatorYear_StrictlyBetterAndInTheBestQuartile()
    {
        var engine = GeneratedBenchmark.Engine;
        var checkedPartners = 0;
        var checkedMentees = 0;
        foreach (var year in engine.Years)
        {
            foreach (var focus in engine.Municipalities.All.Where(m => m.ExistsIn(year)).Select(m => m.Code))
            {
                var partners = engine.Partners(year, focus).ToLookup(p => p.Indicator, StringComparer.Ordinal);
                foreach (var indicator in engine.ComparableIndicators)
                {
                    var list = partners[indicator.Code].ToList();
                    if (indicator.Direction == Direction.Neutral)
                    {
                        Assert.That(list, Is.Empty, $"{focus} {year} {indicator.Code}: neutral indicators have no partners");
                        continue;
                    }

                    if (list.Count == 0)
                    {
                        continue;
                    }

                    var table = engine.Rank(indicator.Code, year, focus);
                    var position = engine.Position(indicator.Code, year, engine.Peers(year, focus), focus);
                    var own = position.Value;
                    var where = $"{focus} {year} {indicator.Code} (own {own}, quartile {position.Quartile})";
                    Assert.That(position.Rank, Is.GreaterThan(0), where + ": only a ranked focus has partners");
                    Assert.That(list.Select(p => p.Role).Distinct().Count(), Is.EqualTo(1), where + ": one kind of list");
                    foreach (var partner in list)
                    {
                        var entry = table.Entries.Single(e => e.Municipality == partner.Municipality);
                        if (partner.Role == PartnerRole.LearnFrom)
                        {
                            checkedPartners++;
                            Assert.That(Ranking.IsBetter(partner.Value, own, indicator.Direction), Is.True, $"{where}: {partner.Municipality} {partner.Value} not strictly better");
                            Assert.That(entry.Quartile, Is.EqualTo(1), $"{where}: {partner.Municipality} not in the best quartile");
                            Assert.That(partner.Rank, Is.LessThan(position.Rank), $"{where}: {partner.Municipality} ranks {partner.Rank}");
                            if (indicator.Survey is not null)
                            {
                                Assert.That(position.Survey!.DifferenceTo(partner.Value).IsSignificant, Is.True, $"{where}: {partner.Municipality} not significantly better");
                            }
                        }
                        else
                        {
                            checkedMentees++;
                            Assert.That(position.Quartile, Is.EqualTo(1), where + ": only the best are called");
                            Assert.That(entry.Quartile, Is.EqualTo(4), $"{where}: {partner.Municipality} is not in the worst quartile");
                            Assert.That(Ranking.IsBetter(own, partner.Value, indicator.Direction), Is.True, where);
                        }
                    }
                }
            }
        }

        Assert.That(checkedPartners, Is.GreaterThan(10_000), "the rule was exercised");
        Assert.That(checkedMentees, Is.GreaterThan(1_000), "the best got their callers");
    }

    [Test]
    public void Partners_FocusRankedFirst_NoPartnersButWhoMayCallIt()
    {
        var engine = GeneratedBenchmark.Engine;
        var year = engine.LatestYear;
        var table = engine.Rank(IndicatorCode.Parse("ict_costs_per_inhabitant"), year, engine.Municipalities.All.First(m => m.Name == "Zwolle").Code);
        var first = table.Entries.First(e => e.Rank == 1).Municipality;

        var partners = engine.Partners(IndicatorCode.Parse("ict_costs_per_inhabitant"), year, first);

        Assert.Multiple(() =>
        {
            Assert.That(partners, Is.Not.Empty);
            Assert.That(partners.Select(p => p.Role), Has.All.EqualTo(PartnerRole.LearnsFromYou));
            Assert.That(partners.Select(p => p.Rank), Has.All.GreaterThan(1));
            Assert.That(partners.Select(p => p.Distance), Is.Ordered);
        });
    }
}
