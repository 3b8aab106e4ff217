using System.Diagnostics;

namespace Benchmark.Tests.Reliability;

/// <summary>Starts the real <c>benchmark</c> program (from the test output folder) as a child process.</summary>
internal static class CliProcess
{
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestContext.CurrentContext.WorkDirectory,
        };
        info.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "benchmark.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["BENCHMARK_DB"] = null;
        return Process.Start(info) ?? throw new InvalidOperationException("Could not start the benchmark program.");
    }

    /// <summary>Runs to the end (at most 5 minutes) and returns the exit code and output.</summary>
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"benchmark {string.Join(' ', args)} did not finish in 5 minutes.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
