using Benchmark.Statistics;
using Benchmark.Text;

namespace Benchmark.Survey;

/// <summary>One theme or item of a municipality against its peer group.</summary>
/// <param name="Level">Theme or item.</param>
/// <param name="Key">The theme or item code.</param>
/// <param name="Label">The theme's name or the item's text.</param>
/// <param name="Focus">The municipality's cell (suppressed when fewer than 10 respondents answered).</param>
/// <param name="PeerMedian">The median of the peers' means (unsuppressed cells only); NaN with too few peers.</param>
/// <param name="PeerCount">The number of peers with a result in this cell.</param>
/// <param name="Difference">The difference to the peer median with its significance; <see langword="null"/> when there is no comparison.</param>
public sealed record SurveyComparisonRow(
    SurveyLevel Level,
    string Key,
    LocalizedText Label,
    SurveyCell Focus,
    double PeerMedian,
    int PeerCount,
    SurveyDifference? Difference)
{
    /// <summary>Whether there is a result to show: the focus cell is not suppressed and enough peers have one.</summary>
    public bool IsCompared => Difference is not null;
}
