namespace Benchmark.Statistics;

/// <summary>
/// The difference between a survey mean and a reference value (usually the peer median) and whether it is
/// statistically significant at 5 % (two-sided). Create it with <see cref="SurveyEstimate.DifferenceTo(double)"/>.
/// </summary>
public sealed record SurveyDifference
{
    internal SurveyDifference(double reference, double difference, double tStatistic, bool isSignificant)
    {
        Reference = reference;
        Difference = difference;
        TStatistic = tStatistic;
        IsSignificant = isSignificant;
    }

    /// <summary>The reference value compared with, treated as a fixed number (not as an estimate with its own error).</summary>
    public double Reference { get; }

    /// <summary>Mean − reference: positive when the mean is above the reference (better or worse depends on the indicator).</summary>
    public double Difference { get; }

    /// <summary>
    /// The one-sample t statistic (mean − reference) / standard error. ±∞ when the standard error is 0 and the values
    /// differ, 0 when they are equal; NaN when the standard error, mean or reference is missing.
    /// </summary>
    public double TStatistic { get; }

    /// <summary>
    /// Whether |t| exceeds t(0.975, n − 1), i.e. the reference lies outside the 95 % confidence interval.
    /// In a census (<see cref="SurveyEstimate.IsCensus"/>) there is no sampling error and any non-zero difference is
    /// significant; likewise when n ≥ 2 respondents all gave the same answer (standard error 0). False whenever t or
    /// the critical value is undefined: fewer than 2 respondents outside a census, or a missing mean, standard
    /// deviation or reference.
    /// </summary>
    public bool IsSignificant { get; }
}
