using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Statistics;

namespace Benchmark;

/// <summary>
/// The publication rule for survey scores, for data outside an engine (an export of the store): a score resting on
/// fewer respondents than the threshold, or on an unknown number, is not published. <see cref="BenchmarkEngine.IsUnpublished"/>
/// applies the same rule.
/// </summary>
public static class Publication
{
    /// <summary>Whether a survey score resting on <paramref name="respondents"/> is not published (fewer than <paramref name="threshold"/>, or unknown).</summary>
    public static bool IsBelowThreshold(double respondents, int threshold = SurveyEstimate.DefaultPublicationThreshold) =>
        !double.IsFinite(respondents) || respondents < threshold;

    /// <summary>
    /// <paramref name="data"/> without the survey scores that are not published (their number of respondents, standard
    /// deviation and every other figure stay); <paramref name="left"/> says how many were left out.
    /// </summary>
    public static Dataset WithoutUnpublished(Dataset data, IndicatorCatalog catalog, out int left, int threshold = SurveyEstimate.DefaultPublicationThreshold)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(catalog);
        var kept = new DatasetBuilder();
        left = 0;
        foreach (var o in data.Observations)
        {
            if (!o.IsMissing && catalog.TryGet(o.Indicator, out var indicator) && indicator.Survey is { } survey
                && IsBelowThreshold(data.ValueOrNaN(o.Municipality, o.Year, survey.Respondents), threshold))
            {
                left++;
                continue;
            }

            kept.Add(o);
        }

        return kept.Build();
    }
}
