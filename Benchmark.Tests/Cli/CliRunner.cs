using Benchmark.Cli;
using Benchmark.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Benchmark.Tests.Cli;

/// <summary>Runs the <c>benchmark</c> command line in-process with a test console of fixed width.</summary>
internal static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        var console = new TestConsole().Width(100);
        console.EmitAnsiSequences = false;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new CliEnvironment(console, output, error, TestPaths.RepositoryRoot());
        var exit = BenchmarkApp.Run(args, env);
        return new CliRun(exit, console.Output, output.ToString(), error.ToString());
    }
}

/// <summary>What a command printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Console, string Out, string Error);
