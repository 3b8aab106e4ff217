using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using static Benchmark.Tests.Comparison.EngineTestData;

namespace Benchmark.Tests.Comparison;

/// <summary>Programmer misuse throws (unknown year, indicator or municipality); bad data never does.</summary>
public sealed class EngineMisuseTests
{
    private const int UnknownYear = 2030;
    private static readonly MunicipalityCode Unknown = new(9999);

    private static ComparisonGroup SoestGroup(BenchmarkEngine engine) => ComparisonGroup.From(engine.Peers(Soest, Year));

    [Test]
    public void UnknownYear_EveryMethodTakingAYear_ThrowsArgumentOutOfRange()
    {
        var engine = Engine();
        var group = SoestGroup(engine);
        var peers = engine.Peers(Soest, Year);

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Compare(Soest, UnknownYear), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Peers(Soest, UnknownYear), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Groups(UnknownYear, PeerGroupSpec.BySizeClass), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Statistics("overhead_pct", UnknownYear, group), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.AllStatistics(PeerGroupSpec.BySizeClass, UnknownYear), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Position(Soest, "overhead_pct", UnknownYear, peers), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Rank("overhead_pct", UnknownYear, group), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Rank("overhead_pct", UnknownYear, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Partners(Soest, UnknownYear, "overhead_pct"), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Partners(Soest, UnknownYear), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Distances(Soest, UnknownYear), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.PeerStability(Soest, UnknownYear), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void UnknownYear_Message_NamesTheYearsOfTheData()
    {
        var engine = Engine();

        Assert.That(() => engine.Compare(Soest, UnknownYear), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("2021–2024"));
    }

    [Test]
    public void UnknownIndicator_EveryMethodTakingAnIndicator_ThrowsKeyNotFound()
    {
        var engine = Engine();
        var group = SoestGroup(engine);

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Statistics("no_such", Year, group), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => engine.Position(Soest, "no_such", Year, engine.Peers(Soest, Year)), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => engine.Rank("no_such", Year, group), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => engine.Rank("no_such", Year, Soest), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => engine.Partners(Soest, Year, "no_such"), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => engine.Trend(Soest, "no_such"), Throws.InstanceOf<KeyNotFoundException>());
        });
    }

    [Test]
    public void UnknownMunicipality_EveryMethodTakingAFocus_ThrowsArgumentException()
    {
        var engine = Engine();

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Municipality(Unknown), Throws.ArgumentException);
            Assert.That(() => engine.Compare(Unknown, Year), Throws.ArgumentException);
            Assert.That(() => engine.Peers(Unknown, Year), Throws.ArgumentException);
            Assert.That(() => engine.Position(Unknown, "overhead_pct", Year, engine.Peers(Soest, Year)), Throws.ArgumentException);
            Assert.That(() => engine.Rank("overhead_pct", Year, Unknown), Throws.ArgumentException);
            Assert.That(() => engine.Partners(Unknown, Year, "overhead_pct"), Throws.ArgumentException);
            Assert.That(() => engine.Partners(Unknown, Year), Throws.ArgumentException);
            Assert.That(() => engine.Trend(Unknown, "overhead_pct"), Throws.ArgumentException);
            Assert.That(() => engine.Distances(Unknown, Year), Throws.ArgumentException);
            Assert.That(() => engine.PeerStability(Unknown, Year), Throws.ArgumentException);
        });
    }

    [Test]
    public void UnknownNamedGroup_ThrowsArgumentException()
    {
        var engine = Engine();

        Assert.That(() => engine.Compare(Soest, Year, PeerGroupSpec.Group("Leerkring Nergens")), Throws.ArgumentException.With.Message.Contains("Leerkring Nergens"));
    }

    [Test]
    public void Null_Arguments_ThrowArgumentNull()
    {
        var engine = Engine();

        Assert.Multiple(() =>
        {
            Assert.That(() => new BenchmarkEngine(null!, Registry), Throws.ArgumentNullException);
            Assert.That(() => new BenchmarkEngine(Dataset(), null!), Throws.ArgumentNullException);
            Assert.That(() => engine.Statistics("overhead_pct", Year, null!), Throws.ArgumentNullException);
            Assert.That(() => engine.Rank("overhead_pct", Year, (ComparisonGroup)null!), Throws.ArgumentNullException);
            Assert.That(() => engine.Position(Soest, "overhead_pct", Year, null!), Throws.ArgumentNullException);
            Assert.That(() => engine.Groups(Year, null!), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void MinimumGroupSizeBelowOne_ThrowsArgumentOutOfRange()
    {
        Assert.That(() => Engine(BenchmarkOptions.Default with { MinimumGroupSize = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void EmptyDataset_CompareThrowsForTheYearNotTheData()
    {
        var engine = new BenchmarkEngine(Data.Dataset.Empty, Registry);

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Compare(Soest, Year), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("empty"));
            Assert.That(() => engine.LatestYear, Throws.InvalidOperationException);
            Assert.That(engine.ComparableIndicators, Is.Empty);
        });
    }
}
