using Benchmark.Data;
using Benchmark.PeerGroups;
using static Benchmark.Tests.PeerGroups.PeerTestData;

namespace Benchmark.Tests.PeerGroups;

/// <summary>The nearest method through the resolver, on the example of <see cref="NearestNeighboursTests"/>.</summary>
public sealed class NearestPeerGroupTests
{
    private static PeerGroupContext Context(int k = 15)
    {
        var rows = new[] { (600, 7.0, 21.0), (500, 9, 20), (300, 10, 21), (200, 10, 16), (400, 11, 21), (100, 13, 21) };
        var builder = new DatasetBuilder();
        foreach (var (code, x, y) in rows)
        {
            builder.Add(C(code), Year, "x", x).Add(C(code), Year, "y", y);
        }

        var registry = Registry([.. rows.Select(r => M(r.Item1, 1))]);
        return new PeerGroupContext(registry, builder.Build())
        {
            NearestNeighbours = new() { K = k, Variables = [new StructuralVariable("x"), new StructuralVariable("y")] },
        };
    }

    [Test]
    public void Nearest_MembersByCode_DistancesByDistance()
    {
        var group = PeerGroupResolver.Resolve(C(300), Year, PeerGroupSpec.Parse("nearest:3"), Context());

        Assert.That(Codes(group.Members), Is.EqualTo(new[] { "GM0100", "GM0300", "GM0400", "GM0500" }));
        Assert.That(Codes(group.Distances.Select(d => d.Municipality)), Is.EqualTo(new[] { "GM0300", "GM0400", "GM0500", "GM0100" }));
        Assert.That(group.Distances.Select(d => d.Distance), Is.EqualTo(new[] { 0, 0.2, Math.Sqrt(0.5) / 2.5, 0.6 }).Within(1e-12));
        Assert.That(group.Name.Nl, Is.EqualTo("3 structureel meest vergelijkbare gemeenten"));
        Assert.That(group.Name.En, Is.EqualTo("3 structurally most similar municipalities"));
        Assert.That(group.Variables.Select(v => v.Variable.Indicator), Is.EqualTo(new[] { "x", "y" }));
    }

    [Test]
    public void Nearest_WithoutK_TakesTheOptionsK()
    {
        var group = PeerGroupResolver.Resolve(C(300), Year, PeerGroupSpec.Nearest(), Context(k: 2));

        Assert.That(Codes(group.Peers), Is.EqualTo(new[] { "GM0400", "GM0500" }));
        Assert.That(group.Name.Nl, Is.EqualTo("2 structureel meest vergelijkbare gemeenten"));
    }

    [Test]
    public void Nearest_DefaultFifteenInASmallUniverse_TakesEveryone()
    {
        var group = PeerGroupResolver.Resolve(C(300), Year, PeerGroupSpec.Nearest(), Context());

        Assert.That(group.Count, Is.EqualTo(6));
        Assert.That(group.Name.En, Is.EqualTo("5 structurally most similar municipalities"));
        Assert.That(group.Distances[^1].Distance, Is.EqualTo(1.0));
    }

    [Test]
    public void Nearest_One_IsSingular()
    {
        var group = PeerGroupResolver.Resolve(C(300), Year, PeerGroupSpec.Nearest(1), Context());

        Assert.That(group.Name.Nl, Is.EqualTo("1 structureel meest vergelijkbare gemeente"));
        Assert.That(group.Name.En, Is.EqualTo("1 structurally most similar municipality"));
    }
}
