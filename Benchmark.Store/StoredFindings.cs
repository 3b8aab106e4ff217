using Benchmark.Data;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Store;

/// <summary>
/// The validation of the stored data as a whole, so that a report read from the store has the same data-quality page as
/// one read from the files. The store keeps values without their file lines, so each municipality-year gets a stable
/// place of its own in the store (file <see cref="SourceName"/>, a line per municipality and year, the indicator as
/// column) and the active raw values are validated together, as <c>--input</c> validates the files.
/// </summary>
public static class StoredFindings
{
    /// <summary>The file name that findings about stored values carry.</summary>
    public const string SourceName = "opslag";

    /// <summary>The place of a stored value: one line per municipality and year (year and CBS number), the indicator as column.</summary>
    public static SourceLocation Locate(MunicipalityCode municipality, int year, string indicator) =>
        new(SourceName, ((year - 1900) * (MunicipalityCode.MaxNumber + 1)) + municipality.Number, indicator);

    /// <summary>The active raw values (as <see cref="IDatasetStore.LoadActive"/> gives them), each at its <see cref="Locate"/> place.</summary>
    public static Dataset LoadActive(IDatasetStore store, long? asOf = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var located = new DatasetBuilder();
        foreach (var o in store.LoadActive(asOf, year).Observations)
        {
            located.Add(o.Municipality, o.Year, o.Indicator, o.Value, Locate(o.Municipality, o.Year, o.Indicator));
        }

        return located.Build();
    }

    /// <summary>Validates located raw values (<see cref="LoadActive"/>) as one delivery; the findings name <see cref="SourceName"/>.</summary>
    public static ValidationReport Validate(Dataset located, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(located);
        return DatasetLoader.Validate(new ImportResult(located, []), options);
    }
}
