using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Derivation;
using Benchmark.Import;
using Benchmark.Municipalities;

namespace Benchmark.Store;

/// <summary>
/// The stored data as analyses need it: the active raw observations plus the derived BBV ratios, computed on load exactly
/// as validation computes them — so the result equals <see cref="Benchmark.Validation.ValidationReport.Dataset"/> of
/// <see cref="DatasetLoader.Load"/> for the same files.
/// </summary>
public static class ActiveData
{
    /// <summary>Loads the active data (as of a version, for one year) with derived values.</summary>
    /// <param name="store">The store.</param>
    /// <param name="asOf">The newest version to take into account; <see langword="null"/> for the current data.</param>
    /// <param name="year">Only this year; <see langword="null"/> for all years.</param>
    /// <param name="options">Catalogue (formulas, valid ranges) and municipality reference (inhabitants fallback); the defaults when <see langword="null"/>.</param>
    public static Dataset Load(IDatasetStore store, long? asOf = null, int? year = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= ImportOptions.Default;
        return WithDerived(store.LoadActive(asOf, year), options.Catalog, options.Municipalities);
    }

    /// <summary>
    /// Adds the derived indicators to raw observations, as validation's derivation step does: for every municipality-year,
    /// each derived indicator of <paramref name="catalog"/> whose raw value is absent or missing is computed with
    /// <see cref="DerivedValues.Compute(ReadOnlySpan{double}, ReadOnlySpan{double}, double)"/> from the raw inputs (and
    /// earlier computed ones); <c>inhabitants</c> falls back on <paramref name="municipalities"/>. A result outside the
    /// valid range is left out. A computed value replaces a missing raw one and has no source.
    /// </summary>
    /// <param name="raw">Raw observations, one per municipality × year × indicator (as <see cref="IDatasetStore.LoadActive"/> gives).</param>
    /// <param name="catalog">The catalogue with the formulas.</param>
    /// <param name="municipalities">The reference for the inhabitants fallback, or <see langword="null"/> for none.</param>
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
