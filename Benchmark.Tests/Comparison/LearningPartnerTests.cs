using Benchmark.Comparison;
using Benchmark.Data;
using Benchmark.PeerGroups;
using static Benchmark.Tests.Comparison.EngineTestData;

namespace Benchmark.Tests.Comparison;

/// <summary>Learning partners: best-quartile members of the peer group, structurally nearest first.</summary>
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

        var partners = engine.Partners(Soest, Year, "overhead_pct");

        Assert.Multiple(() =>
        {
            Assert.That(Codes(partners), Is.EqualTo(new[] { "GM0310", "GM0308", "GM0313" }));
            Assert.That(partners.Select(p => p.Rank), Is.EqualTo(new[] { 2, 1, 2 }));
            Assert.That(partners.Select(p => p.Value), Is.EqualTo(new[] { 9.0, 8, 9 }));
            Assert.That(partners.Select(p => p.Name), Is.EqualTo(new[] { "De Bilt", "Baarn", "Bunschoten" }));
            Assert.That(partners.Select(p => p.Indicator), Has.All.EqualTo("overhead_pct"));
            Assert.That(partners.Select(p => p.Distance), Is.Ordered.And.All.InRange(0.0, 1.0));
        });
    }

    [Test]
    public void Partners_FocusInTheBestQuartile_NeverItsOwnPartner()
    {
        var engine = Engine();

        var partners = engine.Partners(Baarn, Year, "overhead_pct");

        // From Baarn (25,065): Bunschoten 22,619 (|Δln| 0.103), De Bilt 43,718 (0.556).
        Assert.That(Codes(partners), Is.EqualTo(new[] { "GM0313", "GM0310" }));
    }

    [Test]
    public void Partners_AtMostLearningPartnerCount()
    {
        var engine = Engine(BenchmarkOptions.Default with { LearningPartnerCount = 2 });

        Assert.That(Codes(engine.Partners(Soest, Year, "overhead_pct")), Is.EqualTo(new[] { "GM0310", "GM0308" }));
    }

    [Test]
    public void Partners_NeutralIndicator_None()
    {
        var engine = Engine();

        Assert.That(engine.Partners(Soest, Year, "formatie_per_1000"), Is.Empty);
    }

    [Test]
    public void Partners_SuppressedGroup_None()
    {
        var engine = Engine();

        Assert.That(engine.Partners(Lopik, Year, "overhead_pct"), Is.Empty);
    }

    [Test]
    public void Partners_EveryIndicator_OnlyThoseWithADirection()
    {
        // HigherIsBetter employee_satisfaction: best quartile ≥ Q3 7.425: IJsselstein 7.8 and Soest 7.5 (the focus itself).
        var engine = Engine();

        var partners = engine.Partners(Soest, Year);

        Assert.Multiple(() =>
        {
            Assert.That(partners.Select(p => p.Indicator).Distinct(), Is.EqualTo(new[]
            {
                "sickness_absence_pct", "employee_satisfaction", "overhead_pct", "running_costs_per_inhabitant",
            }));
            Assert.That(Codes(partners.Where(p => p.Indicator == "employee_satisfaction")), Is.EqualTo(new[] { "GM0353" }));
            Assert.That(partners.Select(p => p.Municipality), Has.None.EqualTo(Soest));
        });
    }

    [Test]
    public void Partners_FocusWithoutDataThatYear_NoExceptionAndNoPartnersOfItsOwn()
    {
        // Soest without any 2024 value still has a peer group (its reference inhabitants), so partners can be named.
        var observations = Observations().Where(o => !(o.Municipality == Soest && o.Year == Year));
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);

        var partners = engine.Partners(Soest, Year, "overhead_pct");

        // Without Soest: 8, 9, 9, 10, 11, 13, 16 → Q1 (h = 2.5) = 9: the same three.
        Assert.That(Codes(partners), Is.EqualTo(new[] { "GM0310", "GM0308", "GM0313" }));
    }

    [Test]
    public void Distances_FocusWithoutDataThatYear_AsTheNearestPeerGroupMeasuresThem()
    {
        var observations = Observations().Where(o => !(o.Municipality == Soest && o.Year == Year));
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);

        var distances = engine.Distances(Soest, Year);
        var nearest = engine.Peers(Soest, Year, PeerGroupSpec.Nearest(10));

        Assert.Multiple(() =>
        {
            Assert.That(distances[0], Is.EqualTo(new PeerDistance(Soest, 0)));
            Assert.That(distances, Is.EqualTo(nearest.Distances));
            Assert.That(distances, Has.Count.EqualTo(11));
        });
    }
}
