using Benchmark.Derivation;
using Benchmark.Municipalities;

namespace Benchmark.Efficiency;

/// <summary>The figures the efficiency methods read per municipality-year, with the reference filling in structure.</summary>
internal static class UnitValues
{
    /// <summary>The pseudo-indicator "addresses": address density × area (km²), the number of addresses.</summary>
    public const string Addresses = "addresses";

    public const string AddressDensity = "address_density";

    public const string Area = "area_km2";

    /// <summary>The value of <paramref name="code"/> (an indicator, or <see cref="Addresses"/>); NaN when missing.</summary>
    public static double Of(BenchmarkEngine engine, MunicipalityCode municipality, int year, string code) => code switch
    {
        DerivedValues.InhabitantsCode => DerivedValues.InhabitantsOf(engine.Data, municipality, year, engine.Municipalities, out _),
        Area => AreaOf(engine, municipality, year),
        Addresses => engine.Data.ValueOrNaN(municipality, year, AddressDensity) * AreaOf(engine, municipality, year),
        _ => engine.Data.ValueOrNaN(municipality, year, code),
    };

    /// <summary>Whether <paramref name="code"/> is something <see cref="Of"/> can read.</summary>
    public static bool IsKnown(BenchmarkEngine engine, string code) => code == Addresses || engine.Catalog.TryGet(code, out _);

    /// <summary>The municipalities analysed: the peer group of <paramref name="focus"/> by <paramref name="peers"/>, or every municipality with data in the year.</summary>
    public static (IReadOnlyList<MunicipalityCode> Members, string Group) Universe(BenchmarkEngine engine, int year, MunicipalityCode? focus, PeerGroups.PeerGroupSpec? peers)
    {
        if (focus is { } f)
        {
            var group = engine.Peers(year, peers ?? PeerGroups.PeerGroupSpec.Default, f);
            return (group.Members, $"{group.Spec} ({group.Name.En})");
        }

        if (!engine.Years.Contains(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"No data for {year}.");
        }

        var members = engine.Data.Municipalities
            .Where(m => engine.Data.Indicators.Any(i => !double.IsNaN(engine.Data.ValueOrNaN(m, year, i))))
            .Order().ToList();
        return (members, "all");
    }

    private static double AreaOf(BenchmarkEngine engine, MunicipalityCode municipality, int year)
    {
        var area = engine.Data.ValueOrNaN(municipality, year, Area);
        return double.IsNaN(area) && engine.Municipalities.Find(municipality)?.AreaKm2 is { } known ? known : area;
    }
}
