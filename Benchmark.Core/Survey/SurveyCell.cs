using Benchmark.Municipalities;
using Benchmark.Statistics;

namespace Benchmark.Survey;

/// <summary>
/// One aggregate of respondent answers: municipality × year × survey × level × key, with n, mean and SD. A cell with
/// fewer than <see cref="MinimumRespondents"/> respondents is suppressed: it keeps its n but has no mean or SD, so no
/// result of a small group can leave the aggregation.
/// </summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Year">The survey year.</param>
/// <param name="Survey">MTO or KTV.</param>
/// <param name="Level">Survey, theme, item or department.</param>
/// <param name="Key">The theme or item code or department name; empty for <see cref="SurveyLevel.Survey"/>.</param>
/// <param name="Respondents">The number of respondents n (with an answer, for scores).</param>
/// <param name="Mean">The mean score; NaN when suppressed or not a score.</param>
/// <param name="StandardDeviation">The sample SD (n − 1) of the scores; NaN when suppressed, not a score or n &lt; 2.</param>
/// <param name="Population">The staff headcount from the yearly file, or <see langword="null"/> when not delivered.</param>
public sealed record SurveyCell(
    MunicipalityCode Municipality,
    int Year,
    SurveyKind Survey,
    SurveyLevel Level,
    string Key,
    int Respondents,
    double Mean,
    double StandardDeviation,
    int? Population)
{
    /// <summary>The minimum number of respondents in a cell for any result (departments included): 10.</summary>
    public const int MinimumRespondents = 10;

    /// <summary>Whether the cell has too few respondents to show a result.</summary>
    public bool IsSuppressed => Respondents < MinimumRespondents;

    /// <summary>n / headcount; NaN when the headcount is unknown.</summary>
    public double ResponseRate => Population is > 0 and var p ? (double)Respondents / p : double.NaN;

    /// <summary>
    /// The survey interval with the engine's method (<see cref="SurveyEstimate"/>: t(0.975, n − 1) · SD / √n with the
    /// finite-population correction against the headcount), or <see langword="null"/> when suppressed or not a score.
    /// </summary>
    public SurveyEstimate? Estimate =>
        IsSuppressed || double.IsNaN(Mean) ? null
        : SurveyEstimate.Compute(Mean, Respondents, StandardDeviation, Population is > 0 ? Population : null, MinimumRespondents);
}
