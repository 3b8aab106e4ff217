using Benchmark.Catalog;

namespace Benchmark.Import.Parsing;

/// <summary>Which signs a figure's unit allows next to its numbers.</summary>
internal static class UnitSigns
{
    /// <summary>Whether a trailing <c>%</c> is allowed: percentages.</summary>
    public static bool AllowsPercent(Unit unit) => unit == Unit.Percent;

    /// <summary>Whether a <c>€</c> prefix is allowed: amounts in euros (also per inhabitant, FTE or workstation).</summary>
    public static bool AllowsEuro(Unit unit) =>
        unit is Unit.Euro or Unit.EuroPerInhabitant or Unit.EuroPerFte or Unit.EuroPerWorkstation;

    /// <summary>Reads <paramref name="raw"/> as a value of <paramref name="indicator"/>.</summary>
    public static NumberReading Read(string raw, Indicator indicator) =>
        NumberParser.Read(raw, AllowsPercent(indicator.Unit), AllowsEuro(indicator.Unit));
}
