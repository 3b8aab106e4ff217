using Benchmark.Data;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using static Benchmark.Tests.Comparison.EngineTestData;

namespace Benchmark.Tests.Comparison;

/// <summary><see cref="BenchmarkEngine.Groups"/>: every group a method forms in a year, without a focus.</summary>
public sealed class EngineGroupsTests
{
    // Inhabitants on 1 January 2024 (CBS, samples/municipalities.csv), except where the dataset overrides them:
    // Oudewater exactly 10,000 and Rhenen exactly 20,000 (lower bounds are inclusive).
    private static readonly Municipality[] Universe =
    [
        Municipality(new(317), "Eemnes", 9_755),
        Municipality(new(339), "Renswoude", 5_753),
        Municipality(new(589), "Oudewater", 10_223),
        Municipality(new(312), "Bunnik", 16_108),
        Municipality(new(331), "Lopik", 14_724),
        Municipality(new(340), "Rhenen", 20_235),
        Municipality(new(308), "Baarn", 25_065),
        Municipality(new(342), "Soest", 47_682),
        Municipality(new(321), "Houten", 50_847),
        Municipality(new(345), "Veenendaal", 69_440),
        Municipality(new(307), "Amersfoort", 161_852),
        Municipality(new(200), "Apeldoorn", 168_211, "Gelderland"),
        Municipality(new(344), "Utrecht", 374_238),
        Municipality(new(363), "Amsterdam", 931_298, "Noord-Holland"),
        Municipality(new(518), "'s-Gravenhage", 566_221, "Zuid-Holland"),
        Municipality(new(599), "Rotterdam", 670_610, "Zuid-Holland"),
    ];

    private static BenchmarkEngine Engine(double? eemnesInhabitants = null, BenchmarkOptions? options = null, params Municipality[] extra)
    {
        var builder = new DatasetBuilder();
        foreach (var m in Universe)
        {
            builder.Add(m.Code, Year, "overhead_pct", 10);
        }

        builder.Add(new(589), Year, "inhabitants", 10_000).Add(new(340), Year, "inhabitants", 20_000);
        if (eemnesInhabitants is { } eemnes)
        {
            builder.Add(new(317), Year, "inhabitants", eemnes);
        }

        return new BenchmarkEngine(builder.Build(), new MunicipalityRegistry(Universe.Concat(extra)), options: options);
    }

    private static string[] Codes(IEnumerable<MunicipalityCode> codes) => [.. codes.Select(c => c.ToString())];

    [Test]
    public void Groups_SizeClass_PartitionTheUniverseSmallestFirst()
    {
        var groups = Engine().Groups(Year, PeerGroupSpec.BySizeClass);

        Assert.Multiple(() =>
        {
            Assert.That(groups.Select(g => g.Name.En), Is.EqualTo(new[]
            {
                "Size class < 10,000 inhabitants", "Size class 10,000–20,000 inhabitants", "Size class 20,000–50,000 inhabitants",
                "Size class 50,000–100,000 inhabitants", "Size class ≥ 100,000 inhabitants",
            }));
            Assert.That(Codes(groups[0].Members), Is.EqualTo(new[] { "GM0317", "GM0339" }));
            Assert.That(Codes(groups[1].Members), Is.EqualTo(new[] { "GM0312", "GM0331", "GM0589" }), "Oudewater: exactly 10,000");
            Assert.That(Codes(groups[2].Members), Is.EqualTo(new[] { "GM0308", "GM0340", "GM0342" }), "Rhenen: exactly 20,000");
            Assert.That(Codes(groups[3].Members), Is.EqualTo(new[] { "GM0321", "GM0345" }));
            Assert.That(Codes(groups[4].Members), Is.EqualTo(new[] { "GM0200", "GM0307", "GM0344", "GM0363", "GM0518", "GM0599" }));
            Assert.That(groups.SelectMany(g => g.Members), Is.Unique);
            Assert.That(groups.Sum(g => g.Count), Is.EqualTo(Universe.Length));
            Assert.That(groups.Select(g => g.Spec), Has.All.EqualTo(PeerGroupSpec.BySizeClass));
            Assert.That(groups.Select(g => g.Year), Has.All.EqualTo(Year));
        });
    }

    [Test]
    public void Groups_SizeClassExcludingG4_DropsTheG4FromTheLargestClassOnly()
    {
        var engine = Engine();

        var groups = engine.Groups(Year, PeerGroupSpec.BySizeClassExcludingG4);
        var utrecht = engine.Peers(Year, PeerGroupSpec.BySizeClassExcludingG4, new(344));

        Assert.Multiple(() =>
        {
            Assert.That(groups, Has.Count.EqualTo(5));
            Assert.That(Codes(groups[4].Members), Is.EqualTo(new[] { "GM0200", "GM0307" }));
            Assert.That(groups[4].Name.En, Is.EqualTo("Size class ≥ 100,000 inhabitants, excluding the G4"));
            Assert.That(Codes(groups[1].Members), Is.EqualTo(new[] { "GM0312", "GM0331", "GM0589" }), "other classes as size-class");
            Assert.That(Codes(utrecht.Members), Is.EqualTo(new[] { "GM0200", "GM0307", "GM0344" }), "a G4 focus keeps itself, without the other three");
        });
    }

    [Test]
    public void Groups_Province_OnePerProvince()
    {
        var groups = Engine().Groups(Year, PeerGroupSpec.ByProvince);

        Assert.Multiple(() =>
        {
            Assert.That(groups.Select(g => g.Name.En), Is.EqualTo(new[]
            {
                "Province of Gelderland", "Province of Noord-Holland", "Province of Utrecht", "Province of Zuid-Holland",
            }));
            Assert.That(Codes(groups[3].Members), Is.EqualTo(new[] { "GM0518", "GM0599" }));
            Assert.That(groups[2].Count, Is.EqualTo(12));
        });
    }

    [Test]
    public void Groups_ProvinceSpelledInAnotherCase_OneGroupAsThePeerGroupHasIt()
    {
        // The resolver matches provinces ignoring case (a user's reference file may write "utrecht"); so must Groups.
        var lowerCase = Municipality(new(589), "Oudewater", 10_223, "utrecht");
        var registry = new MunicipalityRegistry(Universe.Select(m => m.Code == lowerCase.Code ? lowerCase : m));
        var data = new DatasetBuilder().AddRange(Universe.Select(m => new Observation(m.Code, Year, "overhead_pct", 10, default))).Build();
        var engine = new BenchmarkEngine(data, registry);

        var groups = engine.Groups(Year, PeerGroupSpec.ByProvince);

        Assert.Multiple(() =>
        {
            Assert.That(groups, Has.Count.EqualTo(4));
            Assert.That(groups.SelectMany(g => g.Members), Is.Unique);
            Assert.That(groups.Single(g => g.Members.Contains(new(589))).Count, Is.EqualTo(12));
        });
    }

    [Test]
    public void Groups_All_OneGroupOfTheUniverse()
    {
        var groups = Engine().Groups(Year, PeerGroupSpec.All);

        Assert.That(groups.Single().Count, Is.EqualTo(Universe.Length));
    }

    [Test]
    public void Groups_Nearest_ThrowsArgumentException()
    {
        var engine = Engine();

        Assert.That(() => engine.Groups(Year, PeerGroupSpec.Nearest(5)), Throws.ArgumentException.With.Message.Contains("nearest"));
    }

    [Test]
    public void Groups_UnknownYear_ThrowsArgumentOutOfRange()
    {
        var engine = Engine();

        Assert.That(() => engine.Groups(2030, PeerGroupSpec.BySizeClass), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Groups_NamedGroupListingAFormerMunicipalityFirst_StillFormsTheGroup()
    {
        // GM0009 Ten Boer merged into Groningen in 2019; a learning circle file from before then may still list it, and
        // it sorts first. The group of 2024 is the members that exist and have data.
        var tenBoer = new Municipality(new(9), "Ten Boer", "Groningen", new Dictionary<int, long> { [2018] = 7_292 }, ValidTo: 2018);
        var circle = new NamedGroup("Leerkring Eem", [new(9), new(308), new(342), new(307)]);
        var engine = Engine(options: BenchmarkOptions.Default with { Groups = new NamedGroups([circle]) }, extra: tenBoer);

        var groups = engine.Groups(Year, PeerGroupSpec.Group("Leerkring Eem"));

        Assert.That(groups.Select(g => Codes(g.Members)), Is.EqualTo(new[] { new[] { "GM0307", "GM0308", "GM0342" } }));
    }

    [Test]
    public void Groups_NamedGroupWithACodeUnknownToTheReference_StillFormsTheGroup()
    {
        var circle = new NamedGroup("Leerkring Eem", [new(1), new(308), new(342)]);
        var engine = Engine(options: BenchmarkOptions.Default with { Groups = new NamedGroups([circle]) });

        var groups = engine.Groups(Year, PeerGroupSpec.Group("Leerkring Eem"));

        Assert.That(groups.Select(g => Codes(g.Members)), Is.EqualTo(new[] { new[] { "GM0308", "GM0342" } }));
    }

    [Test]
    public void Groups_NamedGroupWithoutMembersThatYear_ThrowsArgumentException()
    {
        var tenBoer = new Municipality(new(9), "Ten Boer", "Groningen", new Dictionary<int, long> { [2018] = 7_292 }, ValidTo: 2018);
        var circle = new NamedGroup("Leerkring Ten Boer", [new(9)]);
        var engine = Engine(options: BenchmarkOptions.Default with { Groups = new NamedGroups([circle]) }, extra: tenBoer);

        Assert.That(() => engine.Groups(Year, PeerGroupSpec.Group("Leerkring Ten Boer")), Throws.ArgumentException.With.Message.Contains("with members in 2024"));
    }

    [Test]
    public void Groups_SizeClassWithFractionalInhabitants_SameClassAsThePeerGroup()
    {
        // Eemnes with 9,999.6 inhabitants: the peer-group resolver rounds to 10,000, so 10,000–20,000. Groups must put it
        // there too, and keep Renswoude in the class below 10,000.
        var engine = Engine(eemnesInhabitants: 9_999.6);

        var groups = engine.Groups(Year, PeerGroupSpec.BySizeClass);
        var eemnes = engine.Peers(Year, new(317));

        Assert.Multiple(() =>
        {
            Assert.That(Codes(eemnes.Members), Is.EqualTo(new[] { "GM0312", "GM0317", "GM0331", "GM0589" }));
            Assert.That(groups.Select(g => Codes(g.Members)), Is.EqualTo(new[]
            {
                new[] { "GM0339" },
                new[] { "GM0312", "GM0317", "GM0331", "GM0589" },
                new[] { "GM0308", "GM0340", "GM0342" },
                new[] { "GM0321", "GM0345" },
                new[] { "GM0200", "GM0307", "GM0344", "GM0363", "GM0518", "GM0599" },
            }));
        });
    }
}
