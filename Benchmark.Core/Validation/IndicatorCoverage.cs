namespace Benchmark.Validation;

/// <summary>How many municipalities have a value of one indicator in one year, after validation.</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Year">The year.</param>
/// <param name="Count">Municipalities with a non-missing accepted value (read from a file or computed from accepted inputs).</param>
/// <param name="Rejected">Municipalities whose value was given but rejected by an error rule (and not computed either).</param>
/// <param name="Expected">Municipalities in the data that year (with any observation, accepted or not).</param>
public sealed record IndicatorCoverage(string Indicator, int Year, int Count, int Rejected, int Expected)
{
    /// <summary>Municipalities without a usable value: left empty, rejected or not delivered (<c>Expected − Count</c>).</summary>
    public int Missing => Expected - Count;

    /// <summary>The share with a value, <c>Count / Expected</c> (0–1); 0 when nothing was expected.</summary>
    public double Share => Expected == 0 ? 0 : (double)Count / Expected;
}
