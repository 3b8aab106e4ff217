using Benchmark.Catalog;
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

    private static ComparisonGroup SoestGroup(BenchmarkEngine engine) => ComparisonGroup.From(engine.Peers(Year, Soest));

    [Test]
    public void UnknownYear_EveryMethodTakingAYear_ThrowsArgumentOutOfRange()
    {
        var engine = Engine();
        var group = SoestGroup(engine);
        var peers = engine.Peers(Year, Soest);

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Compare(UnknownYear, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Peers(UnknownYear, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Groups(UnknownYear, PeerGroupSpec.BySizeClass), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Statistics(IndicatorCode.Parse("overhead_pct"), UnknownYear, group), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.AllStatistics(UnknownYear, PeerGroupSpec.BySizeClass), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Position(IndicatorCode.Parse("overhead_pct"), UnknownYear, peers, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Rank(IndicatorCode.Parse("overhead_pct"), UnknownYear, group), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Rank(IndicatorCode.Parse("overhead_pct"), UnknownYear, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Partners(IndicatorCode.Parse("overhead_pct"), UnknownYear, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Partners(UnknownYear, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.Distances(UnknownYear, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => engine.PeerStability(UnknownYear, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void UnknownYear_Message_NamesTheYearsOfTheData()
    {
        var engine = Engine();

        Assert.That(() => engine.Compare(UnknownYear, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("2021–2024"));
    }

    [Test]
    public void UnknownIndicator_EveryMethodTakingAnIndicator_ThrowsKeyNotFound()
    {
        var engine = Engine();
        var group = SoestGroup(engine);

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Statistics(IndicatorCode.Parse("no_such"), Year, group), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => engine.Position(IndicatorCode.Parse("no_such"), Year, engine.Peers(Year, Soest), Soest), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => engine.Rank(IndicatorCode.Parse("no_such"), Year, group), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => engine.Rank(IndicatorCode.Parse("no_such"), Year, Soest), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => engine.Partners(IndicatorCode.Parse("no_such"), Year, Soest), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => engine.Trend(IndicatorCode.Parse("no_such"), Soest), Throws.InstanceOf<KeyNotFoundException>());
        });
    }

    [Test]
    public void UnknownMunicipality_EveryMethodTakingAFocus_ThrowsArgumentException()
    {
        var engine = Engine();

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Municipality(Unknown), Throws.ArgumentException);
            Assert.That(() => engine.Compare(Year, Unknown), Throws.ArgumentException);
            Assert.That(() => engine.Peers(Year, Unknown), Throws.ArgumentException);
            Assert.That(() => engine.Position(IndicatorCode.Parse("overhead_pct"), Year, engine.Peers(Year, Soest), Unknown), Throws.ArgumentException);
            Assert.That(() => engine.Rank(IndicatorCode.Parse("overhead_pct"), Year, Unknown), Throws.ArgumentException);
            Assert.That(() => engine.Partners(IndicatorCode.Parse("overhead_pct"), Year, Unknown), Throws.ArgumentException);
            Assert.That(() => engine.Partners(Year, Unknown), Throws.ArgumentException);
            Assert.That(() => engine.Trend(IndicatorCode.Parse("overhead_pct"), Unknown), Throws.ArgumentException);
            Assert.That(() => engine.Distances(Year, Unknown), Throws.ArgumentException);
            Assert.That(() => engine.PeerStability(Year, Unknown), Throws.ArgumentException);
        });
    }

    [Test]
    public void UnknownNamedGroup_ThrowsArgumentException()
    {
        var engine = Engine();

        Assert.That(() => engine.Compare(Year, PeerGroupSpec.Group("Leerkring Nergens"), Soest), Throws.ArgumentException.With.Message.Contains("Leerkring Nergens"));
    }

    [Test]
    public void Null_Arguments_ThrowArgumentNull()
    {
        var engine = Engine();

        Assert.Multiple(() =>
        {
            Assert.That(() => new BenchmarkEngine(null!, Registry), Throws.ArgumentNullException);
            Assert.That(() => new BenchmarkEngine(Dataset(), null!), Throws.ArgumentNullException);
            Assert.That(() => engine.Statistics(IndicatorCode.Parse("overhead_pct"), Year, null!), Throws.ArgumentNullException);
            Assert.That(() => engine.Rank(IndicatorCode.Parse("overhead_pct"), Year, (ComparisonGroup)null!), Throws.ArgumentNullException);
            Assert.That(() => engine.Position(IndicatorCode.Parse("overhead_pct"), Year, null!, Soest), Throws.ArgumentNullException);
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
            Assert.That(() => engine.Compare(Year, Soest), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("empty"));
            Assert.That(() => engine.LatestYear, Throws.InvalidOperationException);
            Assert.That(engine.ComparableIndicators, Is.Empty);
        });
    }
}
