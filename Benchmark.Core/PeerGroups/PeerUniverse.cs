using Benchmark.Municipalities;

namespace Benchmark.PeerGroups;

/// <summary>The universe of a year and the structural figures of its members.</summary>
internal static class PeerUniverse
{
    internal const string Inhabitants = "inhabitants";
    internal const string AreaKm2 = "area_km2";

    /// <summary>
    /// The municipalities that exist in <paramref name="year"/> according to the reference and have at least one
    /// non-missing value in that year in the dataset (of an indicator not in
    /// <see cref="PeerGroupContext.UniverseIgnoredIndicators"/>), ordered by code.
    /// </summary>
    public static List<MunicipalityCode> Of(int year, PeerGroupContext context)
    {
        var dataset = context.Dataset;

        // A flag per code number up to the largest in the dataset instead of hashing every value of the year.
        var maxNumber = dataset.Municipalities.Count == 0 ? -1 : dataset.Municipalities[^1].Number;
        var withData = new bool[maxNumber + 1];
        foreach (var (indicator, y) in dataset.Keys)
        {
            if (y != year || context.UniverseIgnoredIndicators.Contains(indicator))
            {
                continue;
            }

            var slice = dataset.Slice(indicator, year);
            var values = slice.Values;
            for (var i = 0; i < values.Length; i++)
            {
                if (!double.IsNaN(values[i]))
                {
                    withData[slice.MunicipalityAt(i).Number] = true;
                }
            }
        }

        var universe = new List<MunicipalityCode>();
        for (var number = 0; number <= maxNumber; number++)
        {
            if (withData[number] && context.Municipalities.TryGet(new MunicipalityCode(number), out var municipality) && municipality.ExistsIn(year))
            {
                universe.Add(municipality.Code);
            }
        }

        return universe;
    }

    /// <summary>The universe with <paramref name="focus"/> added when it is not in it yet (the focus is always a member of its own universe).</summary>
    public static List<MunicipalityCode> WithFocus(int year, PeerGroupContext context, MunicipalityCode focus)
    {
        var universe = Of(year, context);
        var at = universe.BinarySearch(focus);
        if (at < 0)
        {
            universe.Insert(~at, focus);
        }

        return universe;
    }

    /// <summary>
    /// The value of <paramref name="indicator"/> for <paramref name="code"/> in <paramref name="year"/>: the dataset's,
    /// else for inhabitants and area the reference's; NaN when neither has one.
    /// </summary>
    public static double Value(MunicipalityCode code, int year, string indicator, PeerGroupContext context)
    {
        var value = context.Dataset.ValueOrNaN(code, year, indicator);
        if (!double.IsNaN(value))
        {
            return value;
        }

        var municipality = context.Municipalities.Find(code);
        return indicator switch
        {
            Inhabitants when municipality?.InhabitantsIn(year) is { } n => n,
            AreaKm2 when municipality?.AreaKm2 is { } area => area,
            _ => double.NaN,
        };
    }

    /// <summary>Inhabitants of <paramref name="code"/> in <paramref name="year"/> (dataset first, then reference), or <see langword="null"/>.</summary>
    public static long? InhabitantsOf(MunicipalityCode code, int year, PeerGroupContext context)
    {
        var value = Value(code, year, Inhabitants, context);
        return double.IsFinite(value) && value >= 0 ? (long)Math.Round(value, MidpointRounding.AwayFromZero) : null;
    }
}
