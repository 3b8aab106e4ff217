namespace Benchmark.Cli;

/// <summary>The <c>benchmark</c> command line: builds the command tree and runs it.</summary>
public static class BenchmarkApp
{
    /// <summary>Runs the command line and returns the exit code (0 ok, 1 data errors, 2 usage or unreadable input).</summary>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Console.Error.WriteLine("benchmark: commands arrive with the CLI commit.");
        return 2;
    }
}
