using Benchmark.Municipalities;

namespace Benchmark.Data;

/// <summary>One value of one indicator for one municipality in one year.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Year">The year the value describes.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Value">The value; <see cref="double.NaN"/> marks a value that was reported as missing (never zero).</param>
/// <param name="Source">Where the value was read, or <see cref="SourceLocation.None"/> for a computed one.</param>
public readonly record struct Observation(MunicipalityCode Municipality, int Year, string Indicator, double Value, SourceLocation Source)
{
    /// <summary>Whether the value is missing (reported as empty, <c>-</c>, <c>n.v.t.</c>, …).</summary>
    public bool IsMissing => double.IsNaN(Value);
}
