using BenchmarkDotNet.Attributes;
using Benchmark.Import;
using Benchmark.Validation;

namespace Benchmark.Performance.Benchmarks;

/// <summary>CSV parse, and parse + validate, of a generated long file (units × 10 years × 50 indicators, seed 1).</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private SyntheticInputs _inputs = null!;

    /// <summary>The number of units: rows = units × 500.</summary>
    [Params(200, 2_000)]
    public int Units { get; set; }

    /// <summary>Generates the file.</summary>
    [GlobalSetup]
    public void Setup() => _inputs = SyntheticInputs.Create(Units, 10, 50);

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => _inputs.Dispose();

    /// <summary>Reads the file into a raw dataset (detection, parsing, reference checks).</summary>
    [Benchmark]
    public int Parse() => CsvImporter.Import([_inputs.Data], _inputs.Options).Dataset.Count;

    /// <summary>Reads and validates (every rule of DatasetValidator).</summary>
    [Benchmark]
    public int ParseAndValidate() => DatasetLoader.Load([_inputs.Data], _inputs.Options).Dataset.Count;

    /// <summary>Validates an already read dataset.</summary>
    [Benchmark]
    public int Validate() => DatasetValidator.Validate(
        _imported ??= CsvImporter.Import([_inputs.Data], _inputs.Options).Dataset,
        [],
        new ValidationContext(_inputs.Options.Catalog, _inputs.Options.Municipalities, ValidationOptions.Default, null)).Dataset.Count;

    private Data.Dataset? _imported;
}
