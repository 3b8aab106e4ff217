using Benchmark.Cli.Infrastructure;

namespace Benchmark.Cli.Commands;

/// <summary>Finds the bundled samples folder: the given one, or <c>samples/</c> in the current directory or any parent, or next to the program.</summary>
internal static class SampleFolder
{
    public const string YearFilePattern = "benchmark-????.csv";

    public static string Find(string? given, CliEnvironment env)
    {
        if (given is not null)
        {
            var full = env.Resolve(given);
            return Directory.Exists(full) ? full : throw new UsageException($"--samples {given}: deze map bestaat niet.", $"--samples {given}: no such folder.");
        }

        foreach (var start in new[] { env.WorkingDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, YearFilePattern).Any())
                {
                    return candidate;
                }
            }
        }

        throw new UsageException("Geen map met voorbeelden gevonden; start vanuit de repository of geef --samples MAP.", "No samples folder found; run from the repository or give --samples DIR.");
    }
}
