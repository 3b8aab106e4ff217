using Benchmark.Data;
using Benchmark.Import;
using Benchmark.Municipalities;
using Microsoft.Data.Analysis;

namespace Benchmark.Tests.Export;

/// <summary>The bundled samples (synthetic, seeded: see samples/README.md) loaded once, and a tiny hand-made engine with gaps.</summary>
internal static class ExportTestData
{
    public const int Year = 2024;

    private static readonly Lazy<BenchmarkEngine> Samples = new(LoadSamples);

    /// <summary>Zwolle, the focus of the researcher scripts.</summary>
    public static MunicipalityCode Zwolle => MunicipalityCode.Parse("GM0193");

    /// <summary>An engine over samples/benchmark-2019.csv … benchmark-2024.csv and the built-in reference.</summary>
    public static BenchmarkEngine SampleEngine => Samples.Value;

    /// <summary>
    /// Six municipalities of one size class (inhabitants 20,000–25,000) with <c>overhead_pct</c> in 2023 and 2024;
    /// <see cref="Gap"/> has no value in 2024 (NaN), so its position and league entry are missing while the group of
    /// five others is not suppressed.
    /// </summary>
    public static BenchmarkEngine SmallEngine(BenchmarkOptions? options = null)
    {
        var municipalities = Enumerable.Range(1, 6)
            .Select(i => new Municipality(new MunicipalityCode(i), $"Gemeente {i}", "Utrecht", new Dictionary<int, long> { [2023] = 20_000 + i, [2024] = 20_000 + i }))
            .ToList();
        var builder = new DatasetBuilder();
        foreach (var m in municipalities)
        {
            builder.Add(m.Code, 2023, "overhead_pct", 8.0 + m.Code.Number, new SourceLocation("small-2023.csv", m.Code.Number + 1, "Overhead %"));
            builder.Add(m.Code, 2024, "overhead_pct", m.Code == Gap ? double.NaN : 9.0 + m.Code.Number, new SourceLocation("small-2024.csv", m.Code.Number + 1, "Overhead %"));
        }

        return new BenchmarkEngine(builder.Build(), new MunicipalityRegistry(municipalities), options: options);
    }

    /// <summary>The municipality of <see cref="SmallEngine"/> without a 2024 value.</summary>
    public static MunicipalityCode Gap => new(3);

    /// <summary>The engine's "no value" as the frames hold it: null for NaN and ±∞, the number otherwise.</summary>
    public static object? Expected(double value) => double.IsFinite(value) ? value : null;

    /// <summary>The column names of <paramref name="frame"/> in order.</summary>
    public static string[] Names(DataFrame frame) => [.. frame.Columns.Select(c => c.Name)];

    /// <summary>The cells of one column.</summary>
    public static object?[] Cells(DataFrame frame, string column) => [.. frame.Columns[column].Cast<object?>()];

    private static BenchmarkEngine LoadSamples()
    {
        var paths = Directory.GetFiles(TestPaths.Samples, "benchmark-*.csv").Order(StringComparer.Ordinal).ToList();
        var report = DatasetLoader.Load(paths);
        if (report.HasErrors || paths.Count != 6)
        {
            throw new InvalidOperationException($"The samples should load without errors: {paths.Count} files, {report.ErrorCount} errors.");
        }

        return new BenchmarkEngine(report.Dataset, BuiltInMunicipalities.Registry);
    }
}
