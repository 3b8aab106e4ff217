using Benchmark.Data;
using Benchmark.PeerGroups;
using static Benchmark.Tests.PeerGroups.PeerTestData;

namespace Benchmark.Tests.PeerGroups;

public sealed class PeerSetStabilityTests
{
    [Test]
    public void Overlap_FifteenPeersTwelveShared_IsFourFifths()
    {
        // Previous 1–15, current 4–18: shared 4–15 = 12; 12/15 = 0.8; union 1–18 = 18, Jaccard 12/18 = 2/3.
        var previous = Enumerable.Range(1, 15).Select(C);
        var current = Enumerable.Range(4, 15).Select(C);

        var overlap = PeerSetStability.Overlap(previous, current);

        Assert.That(overlap.SharedCount, Is.EqualTo(12));
        Assert.That(overlap.Share, Is.EqualTo(0.8).Within(1e-15));
        Assert.That(overlap.Jaccard, Is.EqualTo(2.0 / 3).Within(1e-15));
        Assert.That(Codes(overlap.Entered), Is.EqualTo(new[] { "GM0016", "GM0017", "GM0018" }));
        Assert.That(Codes(overlap.Left), Is.EqualTo(new[] { "GM0001", "GM0002", "GM0003" }));
    }

    [Test]
    public void Overlap_ShareIsOfTheCurrentSet_NotSymmetric()
    {
        var overlap = PeerSetStability.Overlap([C(1), C(2), C(3), C(4)], [C(1), C(2)]);

        Assert.That(overlap.Share, Is.EqualTo(1.0));
        Assert.That(overlap.Jaccard, Is.EqualTo(0.5));
    }

    [Test]
    public void Overlap_EmptySets_AreNaNNotZero()
    {
        Assert.That(PeerSetStability.Overlap([], []).Share, Is.NaN);
        Assert.That(PeerSetStability.Overlap([], []).Jaccard, Is.NaN);
        Assert.That(PeerSetStability.Overlap([C(1)], []).Jaccard, Is.Zero);
    }

    /// <summary>
    /// The example of <see cref="NearestNeighboursTests"/> in 2023; in 2022 E (GM0400) had no data. In 2022, from C:
    /// x mean 9.8 and y mean 19.8 with equal SDs √4.7, so in SD units A 3.0, B √2, D 5, F 3.0: the nearest three are B,
    /// A and F. In 2023 they are E, B and F. Shared B and F: 2 of 3 (0.667); union A, B, E, F: Jaccard 2/4.
    /// </summary>
    [Test]
    public void NearestStability_ComparesThePreviousYearsPeers()
    {
        var (a, b, c, d, e, f) = (C(600), C(500), C(300), C(200), C(400), C(100));
        var rows = new[] { (a, 7.0, 21.0), (b, 9, 20), (c, 10, 21), (d, 10, 16), (e, 11, 21), (f, 13, 21) };
        var builder = new DatasetBuilder();
        foreach (var (code, x, y) in rows)
        {
            builder.Add(code, 2023, "x", x).Add(code, 2023, "y", y);
            if (code != e)
            {
                builder.Add(code, 2022, "x", x).Add(code, 2022, "y", y);
            }
        }

        var registry = Registry([.. rows.Select(r => M(r.Item1.Number, 1))]);
        var options = new NearestNeighbourOptions { K = 3, Variables = [new StructuralVariable("x"), new StructuralVariable("y")] };
        var context = new PeerGroupContext(registry, builder.Build()) { NearestNeighbours = options };

        var overlap = PeerGroupResolver.NearestStability(c, 2023, context);

        Assert.That(overlap, Is.Not.Null);
        Assert.That(overlap!.Share, Is.EqualTo(2.0 / 3).Within(1e-15));
        Assert.That(overlap.Jaccard, Is.EqualTo(0.5));
        Assert.That(overlap.Entered, Is.EqualTo(new[] { e }));
        Assert.That(overlap.Left, Is.EqualTo(new[] { a }));
        Assert.That(PeerGroupResolver.NearestStability(c, 2022, context), Is.Null, "no data in 2021");
    }

    [Test]
    public void NearestStability_FocusNotExistingLastYear_IsNull()
    {
        var registry = Registry(M(1, 1_000), M(2, 2_000, validFrom: 2023), M(3, 3_000));
        var dataset = new DatasetBuilder().WithData(2022, [registry.All[0], registry.All[2]]).WithData(2023, registry.All).Build();

        Assert.That(PeerGroupResolver.NearestStability(C(2), 2023, new PeerGroupContext(registry, dataset)), Is.Null);
    }
}
