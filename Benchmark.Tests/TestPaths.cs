namespace Benchmark.Tests;

/// <summary>Paths inside the repository, found from the test output directory (tests never read ../shared).</summary>
internal static class TestPaths
{
    /// <summary>The folder holding <c>Benchmark.sln</c>, found by walking up from the test output directory.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Benchmark.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Benchmark.sln above {TestContext.CurrentContext.TestDirectory}.");
    }

    /// <summary>The repository's samples folder.</summary>
    public static string Samples => Path.Combine(RepositoryRoot(), "samples");

    /// <summary>A file in the test output's TestData folder.</summary>
    public static string TestData(params string[] parts) => Path.Combine([TestContext.CurrentContext.TestDirectory, "TestData", .. parts]);
}
