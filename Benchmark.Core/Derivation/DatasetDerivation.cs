using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.Derivation;

/// <summary>
/// The derived indicators of a dataset of raw observations, computed as validation's derivation step computes them
/// (through <see cref="DerivedValues"/>): the one place outside validation where derived values are made, so that stored
/// data loaded again equal what validation accepted.
/// </summary>
public static class DatasetDerivation
{
    /// <summary>
    /// Adds the derived indicators to raw observations, as validation's derivation step does: for every municipality-year,
    /// each derived indicator of <paramref name="catalog"/> whose raw value is absent or missing is computed with
    /// <see cref="DerivedValues.Compute(ReadOnlySpan{double}, ReadOnlySpan{double}, double)"/> from the raw inputs (and
    /// earlier computed ones); <c>inhabitants</c> falls back on <paramref name="municipalities"/>. A result outside the
    /// valid range is left out. A computed value replaces a missing raw one and has no source.
    /// </summary>
    /// <param name="raw">Raw observations, one per municipality × year × indicator (as a store gives).</param>
    /// <param name="catalog">The catalogue with the formulas.</param>
    /// <param name="municipalities">The reference for the inhabitants fallback, or <see langword="null"/> for none.</param>
    /// <returns>The raw observations with the computed ones; a computed value replaces a missing raw one.</returns>
    public static Dataset WithDerived(Dataset raw, IndicatorCatalog catalog, MunicipalityRegistry? municipalities)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(catalog);
        var computed = new Dictionary<(MunicipalityCode, int, string), double>();
        var rows = raw.Observations.Select(o => (o.Municipality, o.Year)).Distinct().ToList();
        foreach (var indicator in DerivationOrder(raw, catalog))
        {
            var formula = indicator.Formula!;
            foreach (var (municipality, year) in rows)
            {
                if (!double.IsNaN(raw.ValueOrNaN(municipality, year, indicator.Code)))
                {
                    continue;
                }

                double Input(string code)
                {
                    var value = raw.ValueOrNaN(municipality, year, code);
                    if (double.IsNaN(value))
                    {
                        value = computed.GetValueOrDefault((municipality, year, code), double.NaN);
                    }

                    if (double.IsNaN(value) && code == DerivedValues.InhabitantsCode && municipalities?.Find(municipality)?.InhabitantsIn(year) is { } n)
                    {
                        value = n;
                    }

                    return value;
                }

                var result = DerivedValues.Compute([.. formula.Numerator.Select(Input)], [.. formula.Denominator.Select(Input)], formula.Scale);
                if (double.IsFinite(result) && indicator.ValidRange.Contains(result))
                {
                    computed[(municipality, year, indicator.Code)] = result;
                }
            }
        }

        var builder = new DatasetBuilder();
        foreach (var o in raw.Observations)
        {
            if (!computed.ContainsKey((o.Municipality, o.Year, o.Indicator)))
            {
                builder.Add(o);
            }
        }

        foreach (var ((municipality, year, code), value) in computed)
        {
            builder.Add(municipality, year, code, value, SourceLocation.None);
        }

        return builder.Build();
    }

    /// <summary>Validation's column order: derived indicators in the data (by code), then the catalogue's other derived ones.</summary>
    private static IEnumerable<Indicator> DerivationOrder(Dataset raw, IndicatorCatalog catalog)
    {
        var inData = raw.Indicators
            .Select(code => catalog.TryGet(code, out var indicator) ? indicator : null)
            .OfType<Indicator>()
            .Where(i => i.Formula is not null)
            .ToList();
        return inData.Concat(catalog.All.Where(i => i.Formula is not null && !inData.Contains(i)));
    }
}
