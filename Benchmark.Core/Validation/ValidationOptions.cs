namespace Benchmark.Validation;

/// <summary>Thresholds of the validation rules. Every default is the documented one; change with <c>with { … }</c>.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// The comparison's options, for the two thresholds validation shares with it, so that validation warns about
    /// exactly what the comparison will flag: <see cref="BenchmarkOptions.OutlierThreshold"/> (robust z above which a
    /// value is an outlier) and <see cref="BenchmarkOptions.SurveyPublicationThreshold"/> (survey scores with fewer
    /// respondents are not publishable). Default <see cref="BenchmarkOptions.Default"/>. The accepted years are an
    /// import option (<c>ImportOptions.FirstYear</c>/<c>LastYear</c>): a row outside them is never read.
    /// </summary>
    public BenchmarkOptions Comparison { get; init; } = BenchmarkOptions.Default;

    /// <summary>The smallest number of values in a year before outliers are looked for. Default 10.</summary>
    public int OutlierMinimumCount { get; init; } = 10;

    /// <summary>Relative year-on-year change above which a value is flagged: |x − previous| / previous above this. Default 0.5 (a change of more than 50 %).</summary>
    public double YearOnYearThreshold { get; init; } = 0.5;

    /// <summary>Bezetting above formatie × this factor is flagged. Default 1.10 (10 % over establishment).</summary>
    public double StaffedAboveEstablishmentFactor { get; init; } = 1.10;

    /// <summary>
    /// Relative tolerance between a derived indicator given directly and the value computed from its components.
    /// Default 0.01 (1 %), which absorbs rounding to one decimal in published percentages.
    /// </summary>
    public double DerivedTolerance { get; init; } = 0.01;

    /// <summary>Coverage of an indicator (share of municipalities with a value) below which an info finding is given. Default 0.8.</summary>
    public double MinimumCoverage { get; init; } = 0.8;
}
