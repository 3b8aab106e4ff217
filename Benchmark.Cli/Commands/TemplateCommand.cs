using Benchmark.Cli.Infrastructure;
using Benchmark.Import.Workbooks;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark template --year N</c>: the empty delivery workbook of a year, with definitions and valid ranges.</summary>
internal sealed class TemplateCommand(CliEnvironment env) : Command<TemplateSettings>
{
    public override int Execute(CommandContext context, TemplateSettings settings, CancellationToken cancellationToken)
    {
        var year = settings.Year!.Value;
        var path = settings.Out ?? $"benchmark-{year}.xlsx";
        try
        {
            var options = ReferenceLoader.Load(settings, env);
            OutputFile.Write(env.Resolve(path), file =>
            {
                DeliveryTemplate.Write(file, year, options.Catalog, options.Municipalities, settings.Lang);
                return 0;
            });
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark template: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"benchmark template: --out {path}: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }

        env.Error.WriteLine(settings.Lang.Pick(
            $"Geschreven: {path} (een rij per gemeente in {year}, een kolom per aan te leveren gegeven; de definitie staat als notitie bij elke kop).",
            $"Written: {path} (a row per municipality in {year}, a column per figure to deliver; the definition is a note on every header)."));
        return ExitCodes.Ok;
    }
}
