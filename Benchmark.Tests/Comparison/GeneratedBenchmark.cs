using Benchmark.Import;
using Benchmark.Samples;

namespace Benchmark.Tests.Comparison;

/// <summary>
/// A whole benchmark from the seeded sample generator (every municipality of the built-in reference, 2019–2024, with
/// missing cells and planted outliers), with a seed other than the shipped samples' so that rules are tested on data
/// nobody tuned them to. Generated once per test run into a temporary folder and loaded as <c>benchmark</c> would.
/// </summary>
internal static class GeneratedBenchmark
{
    public const int Seed = 77;

    private static readonly Lazy<BenchmarkEngine> Shared = new(() => Load(Seed));

    /// <summary>The engine over the generated data, with the default options.</summary>
    public static BenchmarkEngine Engine => Shared.Value;

    /// <summary>Generates and loads the yearly files of <paramref name="seed"/>.</summary>
    public static BenchmarkEngine Load(int seed)
    {
        var folder = Directory.CreateTempSubdirectory("benchmark-generated-");
        try
        {
            var paths = new List<string>();
            foreach (var file in SampleGenerator.Generate(BuiltInMunicipalities.Registry, SampleOptions.Default with { Seed = seed })
                         .Where(f => !f.RelativePath.Contains('/', StringComparison.Ordinal)))
            {
                var path = Path.Combine(folder.FullName, file.RelativePath);
                File.WriteAllBytes(path, file.Content.ToArray());
                paths.Add(path);
            }

            var report = DatasetLoader.Load(paths);
            return new BenchmarkEngine(report.Dataset, BuiltInMunicipalities.Registry);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
