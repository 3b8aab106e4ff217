using Benchmark.PeerGroups;
using static Benchmark.Tests.PeerGroups.PeerTestData;

namespace Benchmark.Tests.PeerGroups;

public sealed class NamedGroupPeerTests
{
    private static PeerGroupContext Context()
    {
        var registry = Registry(M(1, 5_000), M(2, 15_000), M(3, 25_000), M(4, 35_000), M(5, 45_000));
        var dataset = DataFor(Year, registry.All.Where(m => m.Code != C(4)));  // GM0004 has no data this year
        var groups = new NamedGroups(
        [
            new NamedGroup("Leerkring Oost", [C(3), C(1), C(4), C(1)]),
            new NamedGroup("Leerkring West", [C(2), C(5)]),
        ]);
        return new PeerGroupContext(registry, dataset) { Groups = groups };
    }

    [Test]
    public void Group_FocusIsMember_GivesPresentMembersAndAbsentOnes()
    {
        var group = PeerGroupResolver.Resolve(C(1), Year, PeerGroupSpec.Parse("group:leerkring oost"), Context());

        Assert.That(Codes(group.Members), Is.EqualTo(new[] { "GM0001", "GM0003" }));
        Assert.That(Codes(group.AbsentMembers), Is.EqualTo(new[] { "GM0004" }));
        Assert.That(group.FocusIsMember, Is.True);
        Assert.That(group.Name.Nl, Is.EqualTo("Leerkring Oost"), "the name as the groups file writes it, not as typed");
        Assert.That(group.Name.En, Is.EqualTo("Leerkring Oost"));
    }

    [Test]
    public void Group_FocusNotAMember_SaysSoInsteadOfFailing()
    {
        var group = PeerGroupResolver.Resolve(C(2), Year, PeerGroupSpec.Group("Leerkring Oost"), Context());

        Assert.That(group.FocusIsMember, Is.False);
        Assert.That(Codes(group.Members), Is.EqualTo(new[] { "GM0001", "GM0003" }));
        Assert.That(group.Peers, Is.EqualTo(group.Members));
    }

    [Test]
    public void Group_Unknown_ThrowsListingTheKnownNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeerGroupResolver.Resolve(C(1), Year, PeerGroupSpec.Group("Noord"), Context()));

        Assert.That(ex!.Message, Does.Contain("'Noord'").And.Contain("Leerkring Oost, Leerkring West"));
    }

    [Test]
    public void Group_WithoutAnyGroups_SaysNoGroupsFileWasGiven()
    {
        var context = Context() with { Groups = NamedGroups.Empty };

        var ex = Assert.Throws<ArgumentException>(() => PeerGroupResolver.Resolve(C(1), Year, PeerGroupSpec.Group("Oost"), context));

        Assert.That(ex!.Message, Does.Contain("no groups file"));
    }

    [Test]
    public void NamedGroup_DeduplicatesAndOrdersMembers()
    {
        var group = new NamedGroup("  Oost ", [C(3), C(1), C(3)]);

        Assert.That(group.Name, Is.EqualTo("Oost"));
        Assert.That(Codes(group.Members), Is.EqualTo(new[] { "GM0001", "GM0003" }));
        Assert.That(group.Contains(C(3)), Is.True);
        Assert.That(group.Contains(C(2)), Is.False);
    }

    [Test]
    public void NamedGroups_LookUpIgnoresCase_AndLaterReplacesEarlier()
    {
        var groups = new NamedGroups([new NamedGroup("Oost", [C(1)]), new NamedGroup("OOST", [C(2)]), new NamedGroup("Alfa", [C(3)])]);

        Assert.That(groups.Count, Is.EqualTo(2));
        Assert.That(groups.Names, Is.EqualTo(new[] { "Alfa", "OOST" }));
        Assert.That(groups.Find(" oost ")?.Members, Is.EqualTo(new[] { C(2) }));
        Assert.That(groups.Find("west"), Is.Null);
        Assert.That(groups.Merge(new NamedGroups([new NamedGroup("alfa", [C(9)])])).Find("Alfa")?.Members, Is.EqualTo(new[] { C(9) }));
    }
}
