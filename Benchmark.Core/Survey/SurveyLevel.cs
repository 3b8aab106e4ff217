namespace Benchmark.Survey;

/// <summary>What a <see cref="SurveyCell"/> aggregates.</summary>
public enum SurveyLevel
{
    /// <summary>The survey as a whole: distinct respondents and the response rate (no score).</summary>
    Survey,

    /// <summary>A theme: per respondent the mean of the theme's items answered, then the mean over respondents.</summary>
    Theme,

    /// <summary>One item: the mean of its answers (reverse-coded items mirrored, so higher is better).</summary>
    Item,

    /// <summary>A department: the overall mark of its respondents (shown only from the minimum cell size).</summary>
    Department,
}
