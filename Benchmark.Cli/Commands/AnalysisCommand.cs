using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Shared frame of the analysis commands: load, run, print, map misuse to exit code 2.</summary>
internal abstract class AnalysisCommand<TSettings>(CliEnvironment env) : Command<TSettings>
    where TSettings : AnalysisSettings
{
    protected CliEnvironment Env { get; } = env;

    public override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var session = AnalysisSession.Load(settings, Env);
            var table = Conversation.DataErrorNotes.Add(Build(session, settings), settings, Env);
            return Emit(table, settings);
        }
        catch (Exception ex) when (ex is UsageException or ArgumentException or KeyNotFoundException or FormatException)
        {
            Env.Error.WriteLine($"benchmark {context.Name}: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>Prints the result (a command with --out writes a file instead) and returns the exit code.</summary>
    protected virtual int Emit(ResultTable table, TSettings settings)
    {
        ResultWriter.Write(table, settings.Format, settings.Lang, Env.Console, Env.Out);
        return ExitCodes.Ok;
    }

    protected abstract ResultTable Build(AnalysisSession session, TSettings settings);
}
