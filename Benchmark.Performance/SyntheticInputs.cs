using Benchmark.Catalog;
using Benchmark.Import;
using Benchmark.Samples.Scale;

namespace Benchmark.Performance;

/// <summary>Seeded inputs of the benchmarks: generated files in a temporary folder, with their catalogue and reference.</summary>
public sealed class SyntheticInputs : IDisposable
{
    private SyntheticInputs(string folder, string data, ImportOptions options)
    {
        Folder = folder;
        Data = data;
        Options = options;
    }

    /// <summary>The temporary folder (deleted on dispose).</summary>
    public string Folder { get; }

    /// <summary>The generated data file.</summary>
    public string Data { get; }

    /// <summary>The import options with the generated catalogue and reference merged in.</summary>
    public ImportOptions Options { get; }

    /// <summary>Generates a long file of <paramref name="units"/> × <paramref name="years"/> × <paramref name="indicators"/> (seed 1).</summary>
    public static SyntheticInputs Create(int units, int years, int indicators)
    {
        var options = new ScaleOptions { Units = units, Years = years, Indicators = indicators, Seed = 1 };
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-perf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "data.csv");
        var reference = Path.Combine(folder, "municipalities.csv");
        using (var stream = File.Create(data))
        {
            ScaleGenerator.WriteData(stream, options);
        }

        using (var stream = File.Create(reference))
        {
            ScaleGenerator.WriteMunicipalities(stream, options);
        }

        using var catalog = new MemoryStream();
        ScaleGenerator.WriteCatalog(catalog, options);
        catalog.Position = 0;
        var import = ImportOptions.Default with { Catalog = IndicatorCatalog.Default.Merge(IndicatorCatalog.Load(catalog)) };
        import = import with { Municipalities = import.Municipalities.Merge(MunicipalityFileReader.Read(reference, import).Registry) };
        return new SyntheticInputs(folder, data, import);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
