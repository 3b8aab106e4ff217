using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Data;
using Benchmark.PeerGroups;
using static Benchmark.Tests.Comparison.EngineTestData;

namespace Benchmark.Tests.Comparison;

/// <summary>
/// Learning partners: members of the peer group strictly better than the focus and in the best quartile, structurally
/// nearest first; for a focus among the best whom nobody beats, the nearest of the worst quartile (who may call it).
/// </summary>
public sealed class LearningPartnerTests
{
    // Overhead's best quartile (≤ Q1 = 9): Baarn 8, De Bilt 9, Bunschoten 9. The dataset has no address density, so the
    // distance is on ln(inhabitants) alone; from Soest (47,682): De Bilt 43,718 (|Δln| 0.087), Baarn 25,065 (0.643),
    // Bunschoten 22,619 (0.746).

    private static string[] Codes(IEnumerable<LearningPartner> partners) => [.. partners.Select(p => p.Municipality.ToString())];

    [Test]
    public void Partners_Overhead_BestQuartileNearestFirst()
    {
        var engine = Engine();

        var partners = engine.Partners(IndicatorCode.Parse("overhead_pct"), Year, Soest);

        Assert.Multiple(() =>
        {
            Assert.That(Codes(partners), Is.EqualTo(new[] { "GM0310", "GM0308", "GM0313" }));
            Assert.That(partners.Select(p => p.Rank), Is.EqualTo(new[] { 2, 1, 2 }));
            Assert.That(partners.Select(p => p.Value), Is.EqualTo(new[] { 9.0, 8, 9 }));
            Assert.That(partners.Select(p => p.Name), Is.EqualTo(new[] { "De Bilt", "Baarn", "Bunschoten" }));
            Assert.That(partners.Select(p => p.Indicator.Value), Has.All.EqualTo("overhead_pct"));
            Assert.That(partners.Select(p => p.Distance), Is.Ordered.And.All.InRange(0.0, 1.0));
        });
    }

    [Test]
    public void Partners_FocusRankedFirst_NoPartnersButTheNearestOfTheWorstQuartileMayCallIt()
    {
        var engine = Engine();

        var partners = engine.Partners(IndicatorCode.Parse("overhead_pct"), Year, Baarn);

        // Baarn (8) is rank 1: nobody is better. Q3 (R7, h = 6.25) = 12.25, so the worst quartile is Wijk bij Duurstede
        // (13; 23,945, |Δln| 0.046 from Baarn's 25,065) and IJsselstein (16; 33,421, 0.288). The old rule named
        // Bunschoten and De Bilt (9, worse than Baarn's 8) as Baarn's partners.
        Assert.Multiple(() =>
        {
            Assert.That(Codes(partners), Is.EqualTo(new[] { "GM0352", "GM0353" }));
            Assert.That(partners.Select(p => p.Role), Has.All.EqualTo(PartnerRole.LearnsFromYou));
        });
    }

    [Test]
    public void Partners_FocusInTheBestQuartileWithSomeoneAhead_OnlyThoseStrictlyBetter()
    {
        var engine = Engine();

        // De Bilt (9) is in the best quartile (≤ Q1 = 9) with Baarn (8) ahead; Bunschoten's equal 9 is no partner.
        var partners = engine.Partners(IndicatorCode.Parse("overhead_pct"), Year, DeBilt);

        Assert.Multiple(() =>
        {
            Assert.That(Codes(partners), Is.EqualTo(new[] { "GM0308" }));
            Assert.That(partners.Single().Role, Is.EqualTo(PartnerRole.LearnFrom));
        });
    }

    [Test]
    public void Partners_SurveyScore_OnlySignificantlyBetter()
    {
        var engine = Engine();

        // Staff survey, Leusden (n = 40) is not published; of the other seven Q1 (R7) = 6.9, Q3 = 7.45. Bunschoten
        // (7.2, n = 80, SD 1.3, 150 staff): interval 7.2 ± 1.990 · 1.3/√80 · √(70/149) = 7.2 ± 0.198 = 6.998–7.398.
        // Rhenen 7.4 is better but not in the best quartile; Soest 7.5 and IJsselstein 7.8 are, and lie above 7.398.
        var partners = engine.Partners(IndicatorCode.Parse("employee_satisfaction"), Year, Bunschoten);

        Assert.That(Codes(partners), Is.EquivalentTo(new[] { "GM0342", "GM0353" }));
    }

    [Test]
    public void Partners_AtMostLearningPartnerCount()
    {
        var engine = Engine(BenchmarkOptions.Default with { LearningPartnerCount = 2 });

        Assert.That(Codes(engine.Partners(IndicatorCode.Parse("overhead_pct"), Year, Soest)), Is.EqualTo(new[] { "GM0310", "GM0308" }));
    }

    [Test]
    public void Partners_NeutralIndicator_None()
    {
        var engine = Engine();

        Assert.That(engine.Partners(IndicatorCode.Parse("formatie_per_1000"), Year, Soest), Is.Empty);
    }

    [Test]
    public void Partners_SuppressedGroup_None()
    {
        var engine = Engine();

        Assert.That(engine.Partners(IndicatorCode.Parse("overhead_pct"), Year, Lopik), Is.Empty);
    }

    [Test]
    public void Partners_EveryIndicator_OnlyThoseWithADirection()
    {
        // HigherIsBetter employee_satisfaction: best quartile ≥ Q3 7.425: IJsselstein 7.8 and Soest 7.5 (the focus itself).
        var engine = Engine();

        var partners = engine.Partners(Year, Soest);

        Assert.Multiple(() =>
        {
            Assert.That(partners.Select(p => p.Indicator.Value).Distinct(), Is.EqualTo(new[]
            {
                "employee_satisfaction", "overhead_pct", "running_costs_per_inhabitant",
            }), "Soest has no sickness absence figure: nobody can be better than a missing value");
            Assert.That(Codes(partners.Where(p => p.Indicator == "employee_satisfaction")), Is.EqualTo(new[] { "GM0353" }));
            Assert.That(partners.Select(p => p.Municipality), Has.None.EqualTo(Soest));
        });
    }

    [Test]
    public void Partners_FocusWithoutDataThatYear_NoExceptionAndNoPartners()
    {
        // Soest without any 2024 value still has a peer group (its reference inhabitants), but without a value of its
        // own nobody is measurably better: no partners (the old rule named the best quartile regardless).
        var observations = Observations().Where(o => !(o.Municipality == Soest && o.Year == Year));
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);

        Assert.That(engine.Partners(IndicatorCode.Parse("overhead_pct"), Year, Soest), Is.Empty);
    }

    [Test]
    public void Distances_FocusWithoutDataThatYear_AsTheNearestPeerGroupMeasuresThem()
    {
        var observations = Observations().Where(o => !(o.Municipality == Soest && o.Year == Year));
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);

        var distances = engine.Distances(Year, Soest);
        var nearest = engine.Peers(Year, PeerGroupSpec.Nearest(10), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(distances[0], Is.EqualTo(new PeerDistance(Soest, 0)));
            Assert.That(distances, Is.EqualTo(nearest.Distances));
            Assert.That(distances, Has.Count.EqualTo(11));
        });
    }
}
