using Benchmark.Catalog;
using Benchmark.Import;

namespace Benchmark.Performance;

/// <summary>The import options of a generated job: the built-in catalogue and reference extended by the generated ones.</summary>
public static class JobInputs
{
    /// <summary>Builds the options as <c>benchmark stats --catalog C --municipalities M</c> does.</summary>
    /// <param name="catalog">The generated catalogue (JSON), or <see langword="null"/> for the built-in one.</param>
    /// <param name="municipalities">The generated reference, or <see langword="null"/> for the built-in one.</param>
    public static ImportOptions Options(string? catalog, string? municipalities)
    {
        var options = ImportOptions.Default;
        if (catalog is not null)
        {
            using var stream = File.OpenRead(catalog);
            options = options with { Catalog = IndicatorCatalog.Default.Merge(IndicatorCatalog.Load(stream)) };
        }

        if (municipalities is not null)
        {
            var read = MunicipalityFileReader.Read(municipalities, options);
            options = options with { Municipalities = options.Municipalities.Merge(read.Registry) };
        }

        return options;
    }
}
