using Benchmark.Data;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using static Benchmark.Tests.PeerGroups.PeerTestData;

namespace Benchmark.Tests.PeerGroups;

public sealed class PeerGroupResolverTests
{
    // Sizes straddling every class boundary, plus the G4 and two other large cities.
    private static readonly Municipality[] Municipalities =
    [
        M(1, 9_999, "Drenthe"),
        M(2, 10_000, "Drenthe"),
        M(3, 19_999, "Drenthe"),
        M(4, 20_000, "Overijssel"),
        M(5, 49_999, "Overijssel"),
        M(6, 50_000, "Overijssel"),
        M(7, 99_999, "Overijssel"),
        M(8, 100_000, "Gelderland"),
        M(14, 243_768, "Groningen", "Groningen"),
        M(344, 374_238, "Utrecht", "Utrecht"),
        M(363, 931_298, "Noord-Holland", "Amsterdam"),
        M(518, 566_221, "Zuid-Holland", "'s-Gravenhage"),
        M(599, 670_610, "Zuid-Holland", "Rotterdam"),
    ];

    private static PeerGroupContext Context(Dataset? dataset = null, MunicipalityRegistry? registry = null) =>
        new(registry ?? Registry(Municipalities), dataset ?? DataFor(Year, Municipalities));

    private static PeerGroup Resolve(int focus, string spec, PeerGroupContext? context = null) =>
        PeerGroupResolver.Resolve(C(focus), Year, PeerGroupSpec.Parse(spec), context ?? Context());

    [TestCase(1, new[] { "GM0001" })]
    [TestCase(2, new[] { "GM0002", "GM0003" })]
    [TestCase(3, new[] { "GM0002", "GM0003" })]
    [TestCase(4, new[] { "GM0004", "GM0005" })]
    [TestCase(6, new[] { "GM0006", "GM0007" })]
    [TestCase(8, new[] { "GM0008", "GM0014", "GM0344", "GM0363", "GM0518", "GM0599" })]
    public void SizeClass_BoundariesDecideMembership(int focus, string[] expected)
    {
        var group = Resolve(focus, "size-class");

        Assert.That(Codes(group.Members), Is.EqualTo(expected));
        Assert.That(group.FocusIsMember, Is.True);
    }

    [Test]
    public void SizeClass_NameAndClass_AreGiven()
    {
        var group = Resolve(6, "size-class");

        Assert.That(group.SizeClass, Is.EqualTo(SizeClass.From50000To100000));
        Assert.That(group.Name.Nl, Is.EqualTo("Grootteklasse 50.000–100.000 inwoners"));
        Assert.That(group.Name.En, Is.EqualTo("Size class 50,000–100,000 inhabitants"));
        Assert.That(group.Spec, Is.EqualTo(PeerGroupSpec.BySizeClass));
        Assert.That(group.Year, Is.EqualTo(Year));
        Assert.That(group.Distances, Is.Empty);
    }

    [Test]
    public void SizeClass_DatasetInhabitants_OverrideTheReference()
    {
        // The reference says 9,999 for GM0001; the dataset says 12,000 for the year: the dataset wins.
        var dataset = new DatasetBuilder().WithData(Year, Municipalities).Add(C(1), Year, "inhabitants", 12_000).Build();

        var group = Resolve(1, "size-class", Context(dataset));

        Assert.That(Codes(group.Members), Is.EqualTo(new[] { "GM0001", "GM0002", "GM0003" }));
    }

    [Test]
    public void SizeClass_UsesInhabitantsOfTheYear()
    {
        // GM0002 grows from 9,000 (2022) to 10,000 (2023): in 2022 it is with GM0001 (< 10,000), in 2023 not.
        var growing = new Municipality(C(2), "Groeistad", "Drenthe", new Dictionary<int, long> { [2022] = 9_000, [2023] = 10_000 });
        var small = new Municipality(C(1), "Klein", "Drenthe", new Dictionary<int, long> { [2022] = 5_000, [2023] = 5_000 });
        var dataset = new DatasetBuilder().WithData(2022, [small, growing]).WithData(2023, [small, growing]).Build();
        var context = new PeerGroupContext(Registry(small, growing), dataset);

        var in2022 = PeerGroupResolver.Resolve(C(1), 2022, PeerGroupSpec.BySizeClass, context);
        var in2023 = PeerGroupResolver.Resolve(C(1), 2023, PeerGroupSpec.BySizeClass, context);

        Assert.That(Codes(in2022.Members), Is.EqualTo(new[] { "GM0001", "GM0002" }));
        Assert.That(Codes(in2023.Members), Is.EqualTo(new[] { "GM0001" }));
    }

    [Test]
    public void SizeClassExG4_NonG4Focus_RemovesExactlyTheFour()
    {
        var with = Resolve(14, "size-class");
        var without = Resolve(14, "size-class-ex-g4");

        Assert.That(with.Members.Except(without.Members).Order(), Is.EqualTo(SizeClasses.G4.Order()));
        Assert.That(Codes(without.Members), Is.EqualTo(new[] { "GM0008", "GM0014" }));
        Assert.That(without.Name.Nl, Is.EqualTo("Grootteklasse ≥ 100.000 inwoners, zonder G4"));
        Assert.That(without.Name.En, Is.EqualTo("Size class ≥ 100,000 inhabitants, excluding the G4"));
    }

    [Test]
    public void SizeClassExG4_G4Focus_KeepsItselfWithoutTheOtherThree()
    {
        var group = Resolve(363, "size-class-ex-g4");

        Assert.That(Codes(group.Members), Is.EqualTo(new[] { "GM0008", "GM0014", "GM0363" }));
        Assert.That(group.FocusIsMember, Is.True);
        Assert.That(group.Name.En, Does.EndWith("excluding the other G4 municipalities"));
    }

    [Test]
    public void SizeClassExG4_BelowTheLargestClass_EqualsSizeClass()
    {
        // An artificial reference in which Utrecht (G4) has 60,000 inhabitants: ex-G4 applies only to ≥ 100,000.
        var smallUtrecht = M(344, 60_000, "Utrecht", "Utrecht");
        var registry = Registry([.. Municipalities.Where(m => m.Code != C(344)), smallUtrecht]);
        var context = Context(DataFor(Year, registry.All), registry);

        var sizeClass = Resolve(6, "size-class", context);
        var exG4 = Resolve(6, "size-class-ex-g4", context);

        Assert.That(Codes(exG4.Members), Is.EqualTo(new[] { "GM0006", "GM0007", "GM0344" }));
        Assert.That(exG4.Members, Is.EqualTo(sizeClass.Members));
        Assert.That(exG4.Name, Is.EqualTo(sizeClass.Name));
    }

    [Test]
    public void Province_GroupsByTheFocusProvince()
    {
        var group = Resolve(5, "province");

        Assert.That(Codes(group.Members), Is.EqualTo(new[] { "GM0004", "GM0005", "GM0006", "GM0007" }));
        Assert.That(group.Province, Is.EqualTo("Overijssel"));
        Assert.That(group.Name.Nl, Is.EqualTo("Provincie Overijssel"));
        Assert.That(group.Name.En, Is.EqualTo("Province of Overijssel"));
    }

    [Test]
    public void All_IsTheWholeUniverse()
    {
        var group = Resolve(5, "all");

        Assert.That(group.Members, Is.EqualTo(Municipalities.Select(m => m.Code).Order()));
        Assert.That(group.Name.Nl, Is.EqualTo("Alle gemeenten"));
    }

    [Test]
    public void Universe_NeedsExistenceAndANonMissingValueThatYear()
    {
        var registry = Registry(
            M(1, 5_000),
            M(2, 5_000),                    // data only in another year
            M(3, 5_000),                    // only a missing value
            M(4, 5_000, validTo: 2022),     // merged away before the year, data still present
            M(5, 5_000));                   // no data at all
        var dataset = new DatasetBuilder()
            .Add(C(1), Year, "overhead_pct", 8.0)
            .Add(C(2), Year - 1, "overhead_pct", 8.0)
            .Add(C(3), Year, "overhead_pct", double.NaN)
            .Add(C(4), Year, "overhead_pct", 8.0)
            .Add(C(9), Year, "overhead_pct", 8.0)   // unknown to the reference
            .Build();
        var context = new PeerGroupContext(registry, dataset);

        Assert.That(Codes(PeerGroupResolver.Universe(Year, context)), Is.EqualTo(new[] { "GM0001" }));
        Assert.That(Codes(PeerGroupResolver.Resolve(C(5), Year, PeerGroupSpec.All, context).Members), Is.EqualTo(new[] { "GM0001", "GM0005" }),
            "the focus is a member of its own group even without data");
    }

    [Test]
    public void Universe_IgnoredIndicators_DoNotCountAsData()
    {
        // Structural figures for everyone, benchmark figures only for GM0001: by default both are candidates; with the
        // structural codes ignored only GM0001 is.
        var registry = Registry(M(1, 5_000), M(2, 6_000));
        var dataset = new DatasetBuilder()
            .Add(C(1), Year, "inhabitants", 5_000).Add(C(2), Year, "inhabitants", 6_000)
            .Add(C(1), Year, "overhead_pct", 8.0)
            .Build();
        var context = new PeerGroupContext(registry, dataset);

        Assert.That(Codes(PeerGroupResolver.Universe(Year, context)), Is.EqualTo(new[] { "GM0001", "GM0002" }));
        var ignoring = context with { UniverseIgnoredIndicators = new HashSet<string> { "inhabitants", "address_density", "area_km2" } };
        Assert.That(Codes(PeerGroupResolver.Universe(Year, ignoring)), Is.EqualTo(new[] { "GM0001" }));
    }

    [Test]
    public void Resolve_UnknownOrNonExistingFocus_Throws()
    {
        var registry = Registry(M(1, 5_000), M(2, 5_000, validFrom: 2024));
        var context = new PeerGroupContext(registry, DataFor(Year, registry.All));

        var unknown = Assert.Throws<ArgumentException>(() => PeerGroupResolver.Resolve(C(77), Year, PeerGroupSpec.All, context));
        var notYet = Assert.Throws<ArgumentException>(() => PeerGroupResolver.Resolve(C(2), Year, PeerGroupSpec.All, context));

        Assert.That(unknown!.Message, Does.Contain("GM0077"));
        Assert.That(notYet!.Message, Does.Contain("GM0002").And.Contain("2023"));
    }

    [Test]
    public void SizeClass_FocusWithoutInhabitants_IsAloneInAnUnknownClass()
    {
        var noFigure = new Municipality(C(1), "Zonder", "Drenthe", new Dictionary<int, long>());
        var registry = Registry(noFigure, M(2, 5_000, "Drenthe"));
        var context = new PeerGroupContext(registry, DataFor(Year, registry.All));

        var group = PeerGroupResolver.Resolve(C(1), Year, PeerGroupSpec.BySizeClass, context);

        Assert.That(Codes(group.Members), Is.EqualTo(new[] { "GM0001" }));
        Assert.That(group.SizeClass, Is.Null);
        Assert.That(group.Name.En, Does.Contain("unknown"));
    }

    [Test]
    public void IsLargeEnough_CountsMembersIncludingTheFocus()
    {
        var group = Resolve(8, "size-class");  // 6 members

        Assert.That(PeerGroup.DefaultMinimumSize, Is.EqualTo(5));
        Assert.That(group.Count, Is.EqualTo(6));
        Assert.That(group.IsLargeEnough(), Is.True);
        Assert.That(group.IsLargeEnough(6), Is.True);
        Assert.That(group.IsLargeEnough(7), Is.False);
        Assert.That(Resolve(2, "size-class").IsLargeEnough(), Is.False);
        Assert.That(group.Peers, Has.None.EqualTo(C(8)));
        Assert.That(group.Peers.Count(), Is.EqualTo(5));
    }
}
