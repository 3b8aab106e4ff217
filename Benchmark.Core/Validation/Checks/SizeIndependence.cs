using Benchmark.Catalog;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Which indicators can be compared across municipalities of different size: derived and survey indicators, and
/// percentages, marks and plain numbers — but not the respondent counts and standard deviations that accompany surveys.
/// </summary>
internal static class SizeIndependence
{
    /// <summary>Per grid column: whether its indicator is size-independent.</summary>
    public static bool[] Of(ValidationState state)
    {
        var helpers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in state.Context.Catalog.All)
        {
            if (indicator.Survey is { } survey)
            {
                helpers.Add(survey.Respondents);
                helpers.Add(survey.StandardDeviation);
            }
        }

        var result = new bool[state.ColumnCount];
        for (var column = 0; column < result.Length; column++)
        {
            result[column] = state.Definitions[column] is { } indicator && Is(indicator, helpers);
        }

        return result;
    }

    private static bool Is(Indicator indicator, HashSet<string> surveyHelpers) =>
        !surveyHelpers.Contains(indicator.Code)
        && !indicator.Code.Value.EndsWith("_n", StringComparison.Ordinal)
        && !indicator.Code.Value.EndsWith("_sd", StringComparison.Ordinal)
        && (indicator.Kind is IndicatorKind.Derived or IndicatorKind.Survey
            || indicator.Unit is Unit.Percent or Unit.Score or Unit.Number);
}
