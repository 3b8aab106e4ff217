using Benchmark.Import;
using Benchmark.Municipalities;

namespace Benchmark.Performance;

/// <summary>The bundled samples (samples/benchmark-YYYY.csv, 342 real municipalities), found from the working directory up.</summary>
public static class SampleInputs
{
    /// <summary>Zwolle, the focus of the report and peer benchmarks.</summary>
    public static MunicipalityCode Zwolle { get; } = MunicipalityCode.Parse("GM0193");

    /// <summary>The samples folder.</summary>
    public static string Folder { get; } = Find();

    /// <summary>Every sample year's file.</summary>
    public static IReadOnlyList<string> Years => [.. Directory.GetFiles(Folder, "benchmark-20*.csv").Order(StringComparer.Ordinal)];

    /// <summary>An engine over every sample year (what <c>benchmark report</c> computes from).</summary>
    public static BenchmarkEngine Engine()
    {
        var report = DatasetLoader.Load(Years);
        return new BenchmarkEngine(report.Dataset, ImportOptions.Default.Municipalities);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "benchmark-2024.csv")))
            {
                return candidate;
            }
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "benchmark-2024.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/benchmark-2024.csv not found above the working directory; run from the repository.");
    }
}
