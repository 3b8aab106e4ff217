using Benchmark.Cli.Infrastructure;
using Benchmark.Store;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>
/// <c>benchmark export [--year N] [--as-of ID] [--format csv|json]</c>: the active raw values as a long file that
/// <c>benchmark import</c> reads back to identical data.
/// </summary>
internal sealed class ExportCommand(CliEnvironment env) : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var store = StoreAccess.Open(settings.Db, env);
            StoreAccess.CheckAsOf(store, settings.AsOf);
            var data = store.LoadActive(settings.AsOf, settings.Year);
            using var buffer = new MemoryStream();
            if (settings.Format == OutputFormat.Json)
            {
                StoreExport.WriteJson(data, buffer);
            }
            else
            {
                StoreExport.WriteCsv(data, buffer);
            }

            if (settings.Out is { } path)
            {
                OutputFile.Write(env.Resolve(path), file =>
                {
                    buffer.WriteTo(file);
                    return 0;
                });
            }
            else
            {
                env.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }

            return ExitCodes.Ok;
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark export: {ex.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (IOException ex)
        {
            env.Error.WriteLine($"benchmark export: {ex.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
