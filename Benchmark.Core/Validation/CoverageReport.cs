namespace Benchmark.Validation;

/// <summary>Coverage of the accepted data: per indicator × year and per municipality × year.</summary>
/// <param name="Indicators">Per indicator and year, ordered by indicator code, then year.</param>
/// <param name="Municipalities">Per municipality and year, ordered by year, then municipality code.</param>
public sealed record CoverageReport(IReadOnlyList<IndicatorCoverage> Indicators, IReadOnlyList<MunicipalityCoverage> Municipalities)
{
    /// <summary>No coverage figures (no data).</summary>
    public static CoverageReport Empty { get; } = new([], []);
}
