using BenchmarkDotNet.Attributes;
using Benchmark.Store;

namespace Benchmark.Performance.Benchmarks;

/// <summary>Importing a generated long file into a fresh embedded (SQLite) store: read, validate, save.</summary>
[MemoryDiagnoser]
public class StoreImportBenchmarks
{
    private SyntheticInputs _inputs = null!;
    private string _db = string.Empty;

    /// <summary>The number of units: observations = units × 500.</summary>
    [Params(200, 2_000)]
    public int Units { get; set; }

    /// <summary>Generates the file.</summary>
    [GlobalSetup]
    public void Setup() => _inputs = SyntheticInputs.Create(Units, 10, 50);

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => _inputs.Dispose();

    /// <summary>A new empty store for each import.</summary>
    [IterationSetup]
    public void NewStore() => _db = Path.Combine(_inputs.Folder, Guid.NewGuid().ToString("N") + ".db");

    /// <summary>Imports the file as a new dataset version.</summary>
    [Benchmark]
    public long Import()
    {
        using var store = DatasetStore.Open(_db);
        var outcome = StoreImporter.Import(store, _inputs.Data, new StoreImportOptions { Import = _inputs.Options, ImportedBy = "benchmark" });
        return outcome.Version?.Id ?? -1;
    }
}
