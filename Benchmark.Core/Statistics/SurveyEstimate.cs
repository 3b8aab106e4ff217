namespace Benchmark.Statistics;

/// <summary>
/// A survey mean (for example employee satisfaction) with its standard error, 95 % confidence interval and
/// publication flag. Create it with <see cref="Compute"/>.
/// </summary>
/// <remarks>
/// <para>
/// Standard error = s / √n × FPC, where the finite-population correction FPC = √((N − n) / (N − 1)) when the population
/// size N is known and N &gt; n, 0 when n ≥ N (a census: no sampling error), and 1 when N is unknown.
/// The interval is mean ± t(0.975, n − 1) · SE with Student's t from MathNet (<c>StudentT.InvCDF</c>); the degrees of
/// freedom stay n − 1 with the correction.
/// </para>
/// <para>
/// Missing inputs (NaN mean or standard deviation) give NaN figures, never an exception. With fewer than 2 respondents
/// t is undefined and so is the interval (NaN), except in a census, whose interval is the mean itself.
/// </para>
/// </remarks>
public sealed record SurveyEstimate
{
    /// <summary>The default minimum number of respondents for publication: 50.</summary>
    public const int DefaultPublicationThreshold = 50;

    /// <summary>The confidence level of the interval: 0.95 (two-sided; significance tests at 5 %).</summary>
    public const double ConfidenceLevel = 0.95;

    private SurveyEstimate()
    {
    }

    /// <summary>The sample mean, as delivered.</summary>
    public double Mean { get; private init; }

    /// <summary>The number of respondents n.</summary>
    public int Respondents { get; private init; }

    /// <summary>The sample standard deviation s of the answers (denominator n − 1), as delivered; NaN when missing.</summary>
    public double StandardDeviation { get; private init; }

    /// <summary>The size N of the population surveyed (for example the staff headcount); null when unknown.</summary>
    public int? PopulationSize { get; private init; }

    /// <summary>√((N − n) / (N − 1)) when N &gt; n; 0 in a census (n ≥ N); 1 when N is unknown.</summary>
    public double FinitePopulationCorrection { get; private init; }

    /// <summary>Whether every member of the population answered (n ≥ N), so there is no sampling error.</summary>
    public bool IsCensus => FinitePopulationCorrection == 0d;

    /// <summary>s / √n × <see cref="FinitePopulationCorrection"/>; 0 in a census; NaN when s is missing or n is 0.</summary>
    public double StandardError { get; private init; }

    /// <summary>The degrees of freedom n − 1 of the t distribution.</summary>
    public int DegreesOfFreedom => Respondents - 1;

    /// <summary>t(0.975, n − 1), for example 1.984217 for n = 100; NaN when n &lt; 2.</summary>
    public double TCritical { get; private init; }

    /// <summary>The half-width of the 95 % interval, t · SE; 0 in a census; NaN when undefined.</summary>
    public double MarginOfError { get; private init; }

    /// <summary>The lower end of the 95 % confidence interval, mean − margin.</summary>
    public double Lower => Mean - MarginOfError;

    /// <summary>The upper end of the 95 % confidence interval, mean + margin.</summary>
    public double Upper => Mean + MarginOfError;

    /// <summary>The minimum number of respondents for publication this estimate was judged against.</summary>
    public int PublicationThreshold { get; private init; }

    /// <summary>
    /// Whether n is below <see cref="PublicationThreshold"/>: the figures are still computed, but must not be published
    /// as they stand (show them as suppressed or with a warning).
    /// </summary>
    public bool IsSuppressed => Respondents < PublicationThreshold;

    /// <summary>Computes the standard error, interval and publication flag of a survey mean.</summary>
    /// <param name="mean">The sample mean; NaN when missing.</param>
    /// <param name="respondents">The number of respondents n, at least 0.</param>
    /// <param name="standardDeviation">The sample standard deviation s (n − 1), not negative; NaN when missing.</param>
    /// <param name="populationSize">The population size N, at least 1, or null when unknown (no correction).</param>
    /// <param name="publicationThreshold">The minimum n for publication, at least 0; 50 by default.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="populationSize"/> is below 1,
    /// or <paramref name="standardDeviation"/> is negative.</exception>
    public static SurveyEstimate Compute(
        double mean,
        int respondents,
        double standardDeviation,
        int? populationSize = null,
        int publicationThreshold = DefaultPublicationThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(respondents);
        ArgumentOutOfRangeException.ThrowIfNegative(publicationThreshold);
        if (populationSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(populationSize), populationSize, "A population has at least one member.");
        }

        if (standardDeviation < 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "A standard deviation cannot be negative.");
        }

        var fpc = populationSize switch
        {
            null => 1d,
            int size when respondents >= size => 0d,
            int size => Math.Sqrt((double)(size - respondents) / (size - 1)),
        };
        var standardError = fpc == 0d ? 0d
            : respondents == 0 ? double.NaN
            : standardDeviation / Math.Sqrt(respondents) * fpc;
        var t = respondents >= 2 ? StudentTCritical.TwoSided95(respondents - 1) : double.NaN;
        return new SurveyEstimate
        {
            Mean = mean,
            Respondents = respondents,
            StandardDeviation = standardDeviation,
            PopulationSize = populationSize,
            FinitePopulationCorrection = fpc,
            StandardError = standardError,
            TCritical = t,
            MarginOfError = fpc == 0d ? 0d : t * standardError,
            PublicationThreshold = publicationThreshold,
        };
    }

    /// <summary>
    /// Tests whether the mean differs significantly from <paramref name="reference"/> (usually the peer median) at 5 %,
    /// two-sided: a one-sample t-test, significant when |mean − reference| / SE &gt; t(0.975, n − 1).
    /// </summary>
    /// <param name="reference">The value to compare with, taken as exact; NaN or ±∞ counts as missing.</param>
    /// <returns>The difference, t statistic and verdict; see <see cref="SurveyDifference.IsSignificant"/> for the edge cases
    /// (SE 0: equal is not significant, unequal is).</returns>
    public SurveyDifference DifferenceTo(double reference)
    {
        var difference = double.IsFinite(reference) ? Mean - reference : double.NaN;
        var t = StandardError == 0d && difference == 0d ? 0d : difference / StandardError;
        var significant = IsCensus
            ? difference != 0d && !double.IsNaN(difference)
            : Math.Abs(t) > TCritical;
        return new SurveyDifference(reference, difference, t, significant);
    }
}
