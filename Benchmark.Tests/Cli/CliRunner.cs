using Benchmark.Cli;
using Benchmark.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Benchmark.Tests.Cli;

/// <summary>Runs the <c>benchmark</c> command line in-process with a test console of fixed width.</summary>
internal static class CliRunner
{
    public static CliRun Run(params string[] args) => RunIn(TestPaths.RepositoryRoot(), args);

    /// <summary>Runs with <paramref name="workingDirectory"/> as the current directory (relative paths, ./benchmark.db).</summary>
    public static CliRun RunIn(string workingDirectory, params string[] args)
    {
        var console = new TestConsole().Width(100);
        console.EmitAnsiSequences = false;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new CliEnvironment(console, output, error, workingDirectory) { Clock = new FixedClock() };
        var exit = BenchmarkApp.Run(args, env);
        return new CliRun(exit, console.Output, output.ToString(), error.ToString());
    }
}

/// <summary>A clock fixed at 2026-11-30 12:00 UTC, so outputs with "imported at" are reproducible.</summary>
internal sealed class FixedClock : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>What a command printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Console, string Out, string Error);
