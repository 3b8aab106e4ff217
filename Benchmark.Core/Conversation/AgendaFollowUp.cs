using Benchmark.Catalog;
using Benchmark.PeerGroups;

namespace Benchmark.Conversation;

/// <summary>
/// The follow-up of an <see cref="AgendaItem"/> in a later year: how far the indicator moved since the baseline, whether
/// in the better direction, and how the peer group's median moved over the same years, so that a general trend is not
/// taken for the action's effect. Create it with <see cref="Compute"/>.
/// </summary>
/// <param name="Item">The action.</param>
/// <param name="Year">The year followed up.</param>
/// <param name="Value">The municipality's value in <paramref name="Year"/>; NaN when not delivered.</param>
/// <param name="Movement">Value − baseline value.</param>
/// <param name="PeerMedianBaseline">The peer median in the baseline year (same peer-group rule); NaN when suppressed.</param>
/// <param name="PeerMedianNow">The peer median in <paramref name="Year"/>; NaN when suppressed.</param>
/// <param name="Direction">The indicator's direction.</param>
public sealed record AgendaFollowUp(
    AgendaItem Item,
    int Year,
    double Value,
    double Movement,
    double PeerMedianBaseline,
    double PeerMedianNow,
    Direction Direction)
{
    /// <summary>The peer median's movement over the same years.</summary>
    public double PeerMovement => PeerMedianNow - PeerMedianBaseline;

    /// <summary>The movement in the better direction (positive = improved); NaN for neutral indicators or missing values.</summary>
    public double Improvement => Better(Movement);

    /// <summary>The peer median's movement in the better direction (positive = the group improved); NaN for neutral indicators.</summary>
    public double PeerImprovement => Better(PeerMovement);

    /// <summary>The improvement beyond the peer median's (positive = more than the general trend); NaN when either is missing.</summary>
    public double ImprovementBeyondPeers => Improvement - PeerImprovement;

    /// <summary>Whether the value moved in the better direction; <see langword="null"/> when it cannot be told.</summary>
    public bool? Improved => double.IsNaN(Improvement) ? null : Improvement > 0;

    /// <summary>Computes the follow-up of <paramref name="item"/> in <paramref name="year"/> with the engine's peer groups.</summary>
    /// <exception cref="ArgumentException">When <paramref name="year"/> is not after the baseline year.</exception>
    public static AgendaFollowUp Compute(AgendaItem item, BenchmarkEngine engine, int year, PeerGroupSpec? peers = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(engine);
        if (year <= item.BaselineYear)
        {
            throw new ArgumentException($"The follow-up year {year} must come after the baseline year {item.BaselineYear}.", nameof(year));
        }

        var indicator = engine.Catalog.Get(item.Indicator);
        var value = engine.Data.ValueOrNaN(item.Municipality, year, item.Indicator);
        return new AgendaFollowUp(
            item,
            year,
            value,
            value - item.BaselineValue,
            Median(engine, item, item.BaselineYear, peers),
            Median(engine, item, year, peers),
            indicator.Direction);
    }

    private double Better(double change) => Direction switch
    {
        Direction.HigherIsBetter => change,
        Direction.LowerIsBetter => -change,
        _ => double.NaN,
    };

    private static double Median(BenchmarkEngine engine, AgendaItem item, int year, PeerGroupSpec? peers)
    {
        if (!engine.Years.Contains(year))
        {
            return double.NaN;
        }

        var group = engine.Peers(year, peers ?? PeerGroupSpec.Default, item.Municipality);
        var stats = engine.Position(engine.Catalog.Get(item.Indicator).Code, year, group, item.Municipality).Group;
        return stats.Values?.Median ?? double.NaN;
    }
}
