using Benchmark.Data;
using Benchmark.Derivation;
using Benchmark.Import;

namespace Benchmark.Store;

/// <summary>
/// The stored data as analyses need it: the active raw observations plus the derived BBV ratios, computed on load exactly
/// as validation computes them — so the result equals <see cref="Benchmark.Validation.ValidationReport.Dataset"/> of
/// <see cref="DatasetLoader.Load"/> for the same files. The derived values come from Core's
/// <see cref="DatasetDerivation.WithDerived"/>.
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
        return DatasetDerivation.WithDerived(store.LoadActive(asOf, year), options.Catalog, options.Municipalities);
    }
}
