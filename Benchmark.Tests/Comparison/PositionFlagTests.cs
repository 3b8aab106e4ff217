using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Data;
using Benchmark.PeerGroups;
using static Benchmark.Tests.Comparison.EngineTestData;

namespace Benchmark.Tests.Comparison;

/// <summary>Positions that carry a flag: missing value, outlier, focus outside its group, computed value.</summary>
public sealed class PositionFlagTests
{
    // Overhead of the group: median 10.5, MAD 1.4826 · 1.5 (see PositionTests).
    private const double Mad = 1.4826 * 1.5;

    [Test]
    public void Position_MissingFocusValue_FlaggedMissingWithoutRankButWithGroupStatistics()
    {
        // Soest has no sickness absence; the other seven have 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 8.0 → median 6.0.
        var engine = Engine();

        var p = engine.Position(IndicatorCode.Parse("sickness_absence_pct"), Year, engine.Peers(Year, Soest), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(p.Flags, Is.EqualTo(PositionFlags.Missing));
            Assert.That(p.Value, Is.NaN);
            Assert.That(p.Rank, Is.Zero);
            Assert.That(p.RankedCount, Is.Zero);
            Assert.That(p.Quartile, Is.Zero);
            Assert.That(p.PercentRank, Is.NaN);
            Assert.That(p.DifferenceToMedian, Is.NaN);
            Assert.That(p.RobustZ, Is.NaN);
            Assert.That(p.GapToBestQuartile, Is.NaN);
            Assert.That(p.Group.IsSuppressed, Is.False);
            Assert.That(p.Group.ValueCount, Is.EqualTo(7));
            Assert.That(p.Group.Values!.Median, Is.EqualTo(6.0).Within(1e-12));
        });
    }

    [Test]
    public void Position_FarFromThePeers_FlaggedOutlier()
    {
        // IJsselstein 30 instead of 16: median 10.5 and MAD 2.2239 are unchanged (the MAD ignores the outlier),
        // z = 19.5 / 2.2239 = 8.77 > 3.5.
        var engine = new BenchmarkEngine(Dataset(ijsselsteinOverhead: 30), Registry);

        var p = engine.Position(IndicatorCode.Parse("overhead_pct"), Year, engine.Peers(Year, IJsselstein), IJsselstein);

        Assert.Multiple(() =>
        {
            Assert.That(p.RobustZ, Is.EqualTo(19.5 / Mad).Within(1e-12));
            Assert.That(p.Flags, Is.EqualTo(PositionFlags.Outlier));
            Assert.That(engine.Position(IndicatorCode.Parse("overhead_pct"), Year, engine.Peers(Year, Soest), Soest).Has(PositionFlags.Outlier), Is.False);
        });
    }

    [Test]
    public void Position_FocusNotInTheNamedGroup_PlacedAgainstItAndFlaggedNotInGroup()
    {
        // Leerkring: Baarn 8, De Bilt 9, Bunschoten 9, Leusden 10, Rhenen 11 (n = 5; R7 h = 4p + 1: Q1 = x2 = 9,
        // median = x3 = 9, Q3 = x4 = 10). Soest (12) is no member: ranked among the six values it is last (6 of 6),
        // its quartile is measured against the members' quartiles (12 > 10 → 4).
        var circle = new NamedGroup("Leerkring West", [Baarn, DeBilt, Bunschoten, Leusden, Rhenen]);
        var engine = Engine(BenchmarkOptions.Default with { Groups = new NamedGroups([circle]) });

        var p = engine.Compare(Year, PeerGroupSpec.Group("Leerkring West"), Soest)[IndicatorCode.Parse("overhead_pct")]!;

        Assert.Multiple(() =>
        {
            Assert.That(p.Flags, Is.EqualTo(PositionFlags.NotInGroup));
            Assert.That(p.Group.ValueCount, Is.EqualTo(5), "the group's statistics are the members' only");
            Assert.That(p.Group.Values!.Median, Is.EqualTo(9));
            Assert.That(p.Rank, Is.EqualTo(6));
            Assert.That(p.RankedCount, Is.EqualTo(6));
            Assert.That(p.PercentRank, Is.Zero);
            Assert.That(p.Quartile, Is.EqualTo(4));
            Assert.That(p.GapToBestQuartile, Is.EqualTo(3));
        });
    }

    [Test]
    public void Position_ValueWithoutSourceFile_IsComputed()
    {
        // Validation adds derived values it computed without a source file (DerivedValue.ToObservation).
        var observations = Observations().Select(o => o.Municipality == Soest && o.Indicator == "formatie_per_1000"
            ? o with { Source = SourceLocation.None }
            : o);
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);
        var group = engine.Peers(Year, Soest);

        Assert.Multiple(() =>
        {
            Assert.That(engine.Position(IndicatorCode.Parse("formatie_per_1000"), Year, group, Soest).IsComputed, Is.True);
            Assert.That(engine.Position(IndicatorCode.Parse("formatie_per_1000"), Year, group, Rhenen).IsComputed, Is.False);
            Assert.That(engine.Position(IndicatorCode.Parse("sickness_absence_pct"), Year, group, Soest).IsComputed, Is.False, "missing is not computed");
        });
    }
}
