using Benchmark.Cli.Commands;
using Benchmark.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Benchmark.Cli;

/// <summary>The <c>benchmark</c> command line: builds the command tree and runs it.</summary>
public static class BenchmarkApp
{
    /// <summary>Runs the command line and returns the exit code (0 ok, 1 data errors, 2 usage or unreadable input).</summary>
    public static int Run(string[] args) => Run(args, CliEnvironment.System());

    internal static int Run(string[] args, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(args);
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliEnvironment), env);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("benchmark");
            config.Settings.Console = env.Console;
            config.Settings.StrictParsing = true;
            config.SetExceptionHandler((ex, _) =>
            {
                env.Error.WriteLine($"benchmark: {OneLine(ex)}");
                env.Error.WriteLine("Run 'benchmark --help' or 'benchmark <command> --help' for usage.");
                return ExitCodes.UsageOrUnreadable;
            });
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("The main job on the bundled samples: validate every sample year and summarise it.")
                .WithExample("demo", "--lang", "en");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check CSV files and report every problem by line and column (exit 0 ok, 1 errors, 2 usage/unreadable).")
                .WithExample("validate", "samples/benchmark-2024.csv")
                .WithExample("validate", "data/*.csv", "--format", "json", "--lang", "en");
            config.AddCommand<SamplesCommand>("samples")
                .WithDescription("Write the seeded synthetic sample files (reproduces samples/ byte for byte).")
                .WithExample("samples", "--out", "samples");
        });
        return app.Run(args);
    }

    private static string OneLine(Exception ex)
    {
        var message = ex.Message.ReplaceLineEndings(" ").Trim();
        return ex is CommandParseException or CommandRuntimeException ? message : $"{message} ({ex.GetType().Name})";
    }
}
