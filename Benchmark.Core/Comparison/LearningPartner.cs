using Benchmark.Catalog;
using Benchmark.Municipalities;

namespace Benchmark.Comparison;

/// <summary>
/// A municipality worth calling about one indicator: structurally close and measurably better than the focus
/// (<see cref="PartnerRole.LearnFrom"/>), or — when the focus is among the best and no peer does better — a
/// structurally close peer in the worst quartile that may call the focus (<see cref="PartnerRole.LearnsFromYou"/>).
/// </summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Municipality">The partner.</param>
/// <param name="Name">Its name.</param>
/// <param name="Value">Its value.</param>
/// <param name="Rank">Its rank in the group (1 = best).</param>
/// <param name="Distance">Its structural distance to the focus municipality (0–1, the farthest municipality of the year = 1).</param>
public sealed record LearningPartner(IndicatorCode Indicator, MunicipalityCode Municipality, string Name, double Value, int Rank, double Distance)
{
    /// <summary>Who learns from whom: the focus from this partner (the default), or this peer from the focus.</summary>
    public PartnerRole Role { get; init; } = PartnerRole.LearnFrom;
}
