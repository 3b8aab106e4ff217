namespace Benchmark.Tests;

/// <summary>
/// The NUnit categories of the suite, so that a quick run can leave the costly parts out:
/// <c>dotnet test --filter "TestCategory!=Slow&amp;TestCategory!=Scripts&amp;TestCategory!=Reliability"</c>.
/// </summary>
internal static class TestCategories
{
    /// <summary>Tests that take seconds each (large generated data, whole-report renders, many CLI runs).</summary>
    public const string Slow = "Slow";

    /// <summary>Tests against a PostgreSQL server (skipped without <c>BENCHMARK_TEST_POSTGRES</c>).</summary>
    public const string Postgres = "Postgres";

    /// <summary>Tests that run the sample scripts in <c>samples/scripts</c> through <c>dotnet run</c>.</summary>
    public const string Scripts = "Scripts";

    /// <summary>Tests that start the real program in child processes and kill it, or race two of them.</summary>
    public const string Reliability = "Reliability";

    /// <summary>The importer's fuzz harness; <c>.ci/run</c> runs it again, time-boxed by <c>BENCHMARK_FUZZ_SECONDS</c>.</summary>
    public const string Fuzz = "Fuzz";

    /// <summary>Tests on the generated sample data (every municipality × indicator × year).</summary>
    public const string Generated = "Generated";

    /// <summary>Tests that drive Debian's chromium (<c>/usr/bin/chromium</c>) with Playwright; skipped with a notice without it.</summary>
    public const string Browser = "Browser";
}
