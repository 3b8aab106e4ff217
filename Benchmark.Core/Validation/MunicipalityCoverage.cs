using Benchmark.Municipalities;

namespace Benchmark.Validation;

/// <summary>How many of the indicators in the data one municipality has a value for in one year, after validation.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Year">The year.</param>
/// <param name="Delivered">Indicators with a non-missing accepted value (read, or computed from its accepted inputs).</param>
/// <param name="Expected">Indicators that occur in the data that year for any municipality.</param>
public sealed record MunicipalityCoverage(MunicipalityCode Municipality, int Year, int Delivered, int Expected)
{
    /// <summary>The share delivered, <c>Delivered / Expected</c> (0–1); 0 when nothing was expected.</summary>
    public double Share => Expected == 0 ? 0 : (double)Delivered / Expected;
}
