using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.Derivation;

/// <summary>A derived indicator computed for one municipality in one year.</summary>
/// <param name="Indicator">The code of the derived indicator, e.g. <c>overhead_pct</c>.</param>
/// <param name="Municipality">The municipality.</param>
/// <param name="Year">The year.</param>
/// <param name="Value">The value: <c>Scale × Σ numerator / Σ denominator</c>.</param>
/// <param name="Numerator">The sum of the numerator inputs (before scaling).</param>
/// <param name="Denominator">The sum of the denominator inputs.</param>
/// <param name="InhabitantsFromRegistry">
/// Whether <c>inhabitants</c> was an input that the dataset lacked, so the municipality reference supplied it
/// (<see cref="Municipality.InhabitantsIn(int)"/>, which may be the figure of the nearest year it knows).
/// </param>
public sealed record DerivedValue(
    string Indicator,
    MunicipalityCode Municipality,
    int Year,
    double Value,
    double Numerator,
    double Denominator,
    bool InhabitantsFromRegistry)
{
    /// <summary>The value as an observation without a source (<see cref="SourceLocation.None"/>), as validation adds it to the accepted dataset.</summary>
    public Observation ToObservation() => new(Municipality, Year, Indicator, Value, SourceLocation.None);
}
