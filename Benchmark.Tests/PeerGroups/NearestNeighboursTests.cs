using Benchmark.Data;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using static Benchmark.Tests.PeerGroups.PeerTestData;

namespace Benchmark.Tests.PeerGroups;

/// <summary>
/// The hand-checked example: six municipalities, two variables x and y, weight 1, no transform.
/// <code>
///        code    x   y    x − 10  y − 20   z_x    z_y
///   A  GM0600    7  21      −3      1     −1.5    0.5
///   B  GM0500    9  20      −1      0     −0.5    0
///   C  GM0300   10  21       0      1      0      0.5
///   D  GM0200   10  16       0     −4      0     −2
///   E  GM0400   11  21       1      1      0.5    0.5
///   F  GM0100   13  21       3      1      1.5    0.5
/// </code>
/// Means 10 and 20; Σ(x − 10)² = 9+1+0+0+1+9 = 20 and Σ(y − 20)² = 1+0+1+16+1+1 = 20, so both sample SDs are √(20/5) = 2.
/// From focus C (0, 0.5): A √(1.5²) = 1.5, B √(0.5² + 0.5²) = √0.5, D √(2.5²) = 2.5, E 0.5, F 1.5.
/// The farthest is D at 2.5, so rescaled: A 0.6, B √0.5 / 2.5 ≈ 0.2828, D 1, E 0.2, F 0.6.
/// Order: C 0, E 0.2, B 0.2828, then A and F tie at 0.6 and F (GM0100) goes first by code, then D 1.
/// </summary>
public sealed class NearestNeighboursTests
{
    private const double Tolerance = 1e-12;
    private static readonly MunicipalityCode A = C(600), B = C(500), Cc = C(300), D = C(200), E = C(400), F = C(100);

    private static readonly (MunicipalityCode Code, double X, double Y)[] Example =
    [
        (A, 7, 21), (B, 9, 20), (Cc, 10, 21), (D, 10, 16), (E, 11, 21), (F, 13, 21),
    ];

    private static readonly MunicipalityRegistry ExampleRegistry =
        Registry([.. Example.Select(e => M(e.Code.Number, 10_000))]);

    private static NearestNeighbourOptions XY(double wx = 1, double wy = 1) => new()
    {
        Variables = [new StructuralVariable("x", wx), new StructuralVariable("y", wy)],
    };

    private static PeerGroupContext ExampleContext(NearestNeighbourOptions? options = null, IEnumerable<(MunicipalityCode Code, double X, double Y)>? rows = null)
    {
        var builder = new DatasetBuilder();
        foreach (var (code, x, y) in rows ?? Example)
        {
            builder.Add(code, Year, "x", x).Add(code, Year, "y", y);
        }

        return new PeerGroupContext(ExampleRegistry, builder.Build()) { NearestNeighbours = options ?? XY() };
    }

    private static void AssertDistances(IReadOnlyList<PeerDistance> actual, params (MunicipalityCode Code, double Distance)[] expected)
    {
        Assert.That(actual.Select(d => d.Municipality), Is.EqualTo(expected.Select(e => e.Code)), "order");
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.That(actual[i].Distance, Is.EqualTo(expected[i].Distance).Within(Tolerance), $"distance of {expected[i].Code}");
        }
    }

    [Test]
    public void Distances_HandExample_ZScoresDistancesAndRescaling()
    {
        var model = NearestNeighbours.For(Year, ExampleContext());

        AssertDistances(model.Distances(Cc), (Cc, 0), (E, 0.2), (B, Math.Sqrt(0.5) / 2.5), (F, 0.6), (A, 0.6), (D, 1.0));
        Assert.That(model.Variables.Select(v => (v.Mean, v.StandardDeviation, v.Count, v.IsUsed)),
            Is.EqualTo(new[] { (10.0, 2.0, 6, true), (20.0, 2.0, 6, true) }));
    }

    [Test]
    public void Nearest_TakesKExcludingTheFocus_TiesByCode()
    {
        var model = NearestNeighbours.For(Year, ExampleContext());

        AssertDistances(model.Nearest(Cc, 3), (E, 0.2), (B, Math.Sqrt(0.5) / 2.5), (F, 0.6));
        Assert.That(model.Nearest(Cc, 100), Has.Count.EqualTo(5), "never more than the universe minus the focus");
    }

    [Test]
    public void Nearest_DoesNotDependOnTheOrderDataArrive()
    {
        var forward = NearestNeighbours.For(Year, ExampleContext()).Distances(Cc);
        var backward = NearestNeighbours.For(Year, ExampleContext(rows: Example.Reverse())).Distances(Cc);

        Assert.That(backward, Is.EqualTo(forward));
    }

    [Test]
    public void Weight_Zero_RemovesTheVariable()
    {
        // Only x: from C, A 1.5, B 0.5, D 0, E 0.5, F 1.5; farthest 1.5. D ties with the focus at 0 (the focus stays
        // first); B and E tie at 1/3 and E (GM0400) goes first; F (GM0100) before A.
        var zeroWeight = NearestNeighbours.For(Year, ExampleContext(XY(wy: 0)));
        var xOnly = NearestNeighbours.For(Year, ExampleContext(new NearestNeighbourOptions { Variables = [new StructuralVariable("x")] }));

        AssertDistances(zeroWeight.Distances(Cc), (Cc, 0), (D, 0), (E, 1.0 / 3), (B, 1.0 / 3), (F, 1), (A, 1));
        Assert.That(zeroWeight.Distances(Cc), Is.EqualTo(xOnly.Distances(Cc)));
        Assert.That(zeroWeight.Variables[1].IsUsed, Is.False);
    }

    [Test]
    public void Weight_ScalesTheSquaredDifference()
    {
        // w_y = 4: A 1.5, B √(0.25 + 4·0.25) = √1.25, D √(4·6.25) = 5, E 0.5, F 1.5; farthest 5.
        var model = NearestNeighbours.For(Year, ExampleContext(XY(wy: 4)));

        AssertDistances(model.Distances(Cc), (Cc, 0), (E, 0.1), (B, Math.Sqrt(1.25) / 5), (F, 0.3), (A, 0.3), (D, 1));
    }

    [Test]
    public void Variable_WithoutSpread_IsDropped()
    {
        var options = new NearestNeighbourOptions { Variables = [.. XY().Variables, new StructuralVariable("constant")] };
        var builder = new DatasetBuilder();
        foreach (var (code, x, y) in Example)
        {
            builder.Add(code, Year, "x", x).Add(code, Year, "y", y).Add(code, Year, "constant", 5);
        }

        var model = new NearestNeighbours(Year, ExampleRegistry.All.Select(m => m.Code), new PeerGroupContext(ExampleRegistry, builder.Build()) { NearestNeighbours = options });

        Assert.That(model.Variables[2].IsUsed, Is.False);
        Assert.That(model.Variables[2].StandardDeviation, Is.Zero);
        Assert.That(model.Distances(Cc), Is.EqualTo(NearestNeighbours.For(Year, ExampleContext()).Distances(Cc)));
    }

    [Test]
    public void MissingValue_IsImputedWithTheMean()
    {
        // x: P 0, Q 2, R 4, S missing. Mean 2, SD √(8/2) = 2 over the three values; z: P −1, Q 0, R 1, S 0 (imputed).
        // From Q: P 1, R 1, S 0; farthest 1.
        var registry = Registry(M(1, 1), M(2, 1), M(3, 1), M(4, 1));
        var dataset = new DatasetBuilder()
            .Add(C(1), Year, "x", 0).Add(C(2), Year, "x", 2).Add(C(3), Year, "x", 4)
            .Add(C(4), Year, "x", double.NaN).Add(C(4), Year, "overhead_pct", 9)
            .Build();
        var context = new PeerGroupContext(registry, dataset) { NearestNeighbours = new() { Variables = [new StructuralVariable("x")] } };

        var model = NearestNeighbours.For(Year, context);

        AssertDistances(model.Distances(C(2)), (C(2), 0), (C(4), 0), (C(1), 1), (C(3), 1));
        Assert.That(model.Variables[0].Count, Is.EqualTo(3));
        Assert.That(model.Variables[0].Mean, Is.EqualTo(2).Within(Tolerance));
        Assert.That(model.Variables[0].StandardDeviation, Is.EqualTo(2).Within(Tolerance));
    }

    [Test]
    public void DefaultOptions_LogInhabitantsFromTheReference_DensityWithoutDataDropped()
    {
        // ln 1,000, ln 10,000, ln 100,000: mean ln 10,000, SD ln 10, z −1, 0, 1. No address density anywhere.
        var registry = Registry(M(1, 1_000), M(2, 10_000), M(3, 100_000));
        var context = new PeerGroupContext(registry, DataFor(Year, registry.All));

        var model = NearestNeighbours.For(Year, context);

        Assert.That(model.Variables[0].Mean, Is.EqualTo(Math.Log(10_000)).Within(Tolerance));
        Assert.That(model.Variables[0].StandardDeviation, Is.EqualTo(Math.Log(10)).Within(Tolerance));
        Assert.That(model.Variables[1].Variable, Is.EqualTo(StructuralVariable.AddressDensity));
        Assert.That(model.Variables[1].Count, Is.Zero);
        Assert.That(model.Variables[1].IsUsed, Is.False);
        AssertDistances(model.Distances(C(1)), (C(1), 0), (C(2), 0.5), (C(3), 1));
    }

    [Test]
    public void Distances_RandomUniverse_AreRescaledSymmetricAndOrdered()
    {
        var random = new Random(20240601);
        var rows = Enumerable.Range(1, 30).Select(i => (C(i), random.NextDouble() * 100, random.NextDouble() * 10)).ToList();
        var registry = Registry([.. rows.Select(r => M(r.Item1.Number, 1))]);
        var builder = new DatasetBuilder();
        rows.ForEach(r => builder.Add(r.Item1, Year, "x", r.Item2).Add(r.Item1, Year, "y", r.Item3));
        var model = NearestNeighbours.For(Year, new PeerGroupContext(registry, builder.Build()) { NearestNeighbours = XY() });

        var all = model.Universe.ToDictionary(c => c, c => model.Distances(c).ToDictionary(d => d.Municipality, d => d.Distance));
        var farthest = model.Universe.ToDictionary(c => c, c => model.Distances(c).Max(d => d.Distance));

        Assert.That(farthest.Values, Is.All.EqualTo(1.0), "the farthest municipality is at exactly 1");
        foreach (var focus in model.Universe)
        {
            var distances = model.Distances(focus);
            Assert.That(distances[0], Is.EqualTo(new PeerDistance(focus, 0)));
            Assert.That(distances.Select(d => d.Distance), Is.Ordered);
            Assert.That(distances, Has.Count.EqualTo(30));
        }

        // Raw distances are symmetric, so d(a→b) / d(b→a) = max(b) / max(a) and around any cycle these ratios multiply to 1.
        foreach (var (a, b, c) in new[] { (C(1), C(2), C(3)), (C(4), C(17), C(29)), (C(30), C(8), C(12)) })
        {
            var cycle = all[a][b] / all[b][a] * (all[b][c] / all[c][b]) * (all[c][a] / all[a][c]);
            Assert.That(cycle, Is.EqualTo(1.0).Within(1e-9));
        }
    }

    [Test]
    public void Distances_FocusOutsideTheUniverse_Throws()
    {
        var model = NearestNeighbours.For(Year, ExampleContext());

        Assert.Throws<ArgumentException>(() => model.Distances(C(999)));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Options_KBelowOne_Throws(int k)
    {
        Assert.Throws<ArgumentException>(() => NearestNeighbours.For(Year, ExampleContext(XY() with { K = k })));
    }

    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Options_NegativeOrNonFiniteWeight_Throws(double weight)
    {
        Assert.Throws<ArgumentException>(() => NearestNeighbours.For(Year, ExampleContext(XY(wx: weight))));
    }

    [TestCase(17.0)]
    [TestCase(3.0)]
    [TestCase(123.0)]
    public void Nearest_TiesInExactArithmetic_EqualDistancesAndBrokenByCode(double others)
    {
        // Issue #10: GM0202 and GM0203 have the focus's 20,000 inhabitants and densities 400 and 1200 around its 800, so
        // they are exactly equally far. With z-scores subtracted the two distances differed in the last bits and
        // nearest:1 could pick GM0203; differences of the raw values keep the tie, which the code then breaks.
        var focus = M(200, 20_000);
        var rows = new (Municipality M, double Density)[]
        {
            (focus, 800), (M(202, 20_000), 400), (M(203, 20_000), 1200),
            (M(300, 50_000), 900 + others), (M(301, 8_000), 300 - others), (M(302, 120_000), 2500 + (3 * others)), (M(303, 31_000), 1700 - others),
        };
        var registry = Registry([.. rows.Select(r => r.M)]);
        var builder = new DatasetBuilder().WithData(Year, rows.Select(r => r.M));
        foreach (var (m, density) in rows)
        {
            builder.Add(m.Code, Year, "address_density", density);
        }

        var context = new PeerGroupContext(registry, builder.Build());
        var model = new NearestNeighbours(Year, rows.Select(r => r.M.Code), context);

        var distances = model.Distances(focus.Code).ToDictionary(d => d.Municipality, d => d.Distance);

        Assert.Multiple(() =>
        {
            Assert.That(distances[C(202)], Is.EqualTo(distances[C(203)]), "equal in exact arithmetic, equal here");
            Assert.That(Codes(model.Nearest(focus.Code, 1).Select(d => d.Municipality)), Is.EqualTo(new[] { "GM0202" }));
            Assert.That(Codes(model.Nearest(focus.Code, 2).Select(d => d.Municipality)), Is.EqualTo(new[] { "GM0202", "GM0203" }));
        });
    }
}
