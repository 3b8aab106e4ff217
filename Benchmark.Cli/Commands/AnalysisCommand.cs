using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Spectre.Console.Cli;
using Benchmark.Text;

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
            ResultTable table;
            using (var status = Env.Status())
            {
                status.Show(settings.Lang.Pick("Bezig: gegevens lezen…", "Working: reading data…"));
                var session = SessionLoader.Load(settings, Env, status.Files(settings.Lang));
                status.Show(settings.Lang.Pick("Bezig: rekenen…", "Working: computing…"));
                table = Conversation.DataErrorNotes.Add(Build(session, settings), settings, Env);
            }

            return Emit(table, settings);
        }
        catch (Exception ex) when (ex is UsageException or AnalysisException or ArgumentException or KeyNotFoundException or FormatException)
        {
            Env.Error.WriteLine($"benchmark {context.Name}: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>Prints the result, or writes it to <c>--out</c> (CSV, JSON or an .xlsx workbook), and returns the exit code.</summary>
    protected virtual int Emit(ResultTable table, TSettings settings)
    {
        if (settings is not IFileOutput { Out: { } path })
        {
            ResultWriter.Write(table, settings, Env.Console, Env.Out);
            return ExitCodes.Ok;
        }

        try
        {
            ResultFile.Write(table, settings, Env.Resolve(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Env.Error.WriteLine($"benchmark {table.Command}: --out {path}: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }

        Env.Error.WriteLine($"{settings.Lang.Pick("Geschreven", "Written")}: {path} ({ResultsText(table, settings.Lang)})");
        return ExitCodes.Ok;
    }

    private static string ResultsText(ResultTable table, Language lang) =>
        lang.Counted(table.Rows.Count, "rij", "rijen", "row", "rows");

    protected abstract ResultTable Build(AnalysisSession session, TSettings settings);
}
