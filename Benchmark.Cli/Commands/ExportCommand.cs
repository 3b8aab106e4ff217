using Benchmark.Cli.Infrastructure;
using Benchmark.Import.Workbooks;
using Benchmark.Store;
using Benchmark.Text;
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
            var left = 0;
            if (!settings.IncludeUnpublished)
            {
                // Issue 10: a score that is not published is in no output for others; the analyst's dump is no exception.
                data = Publication.WithoutUnpublished(data, Catalog.IndicatorCatalog.Default, out left);
            }

            using var buffer = new MemoryStream();
            if (settings.EffectiveFormat == OutputFormat.Xlsx)
            {
                WriteWorkbook(data, buffer);
            }
            else if (settings.Format == OutputFormat.Json)
            {
                StoreExport.WriteJson(data, buffer);
            }
            else
            {
                StoreExport.WriteCsv(data, buffer, settings.CsvDialect);
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

            if (left > 0)
            {
                env.Error.WriteLine(settings.Lang.Pick(
                    $"{left} {(left == 1 ? "enquêtescore" : "enquêtescores")} onder de publicatiedrempel (minder dan 50 respondenten of een onbekend aantal) niet geëxporteerd; --include-unpublished neemt ze mee voor een volledige kopie naar een andere opslag.",
                    $"{left} survey {(left == 1 ? "score" : "scores")} below the publication threshold (fewer than 50 respondents or an unknown number) not exported; --include-unpublished adds them for a complete copy into another store."));
            }

            return ExitCodes.Ok;
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark export: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (IOException ex)
        {
            env.Error.WriteLine($"benchmark export: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>The long layout as a workbook (gemeentecode, jaar, indicator, waarde), which import reads back.</summary>
    private static void WriteWorkbook(Data.Dataset data, Stream output)
    {
        WorkbookColumn[] columns = [new("gemeentecode", -1), new("jaar", 0), new("indicator", -1), new("waarde", 6)];
        var rows = data.Observations.OrderBy(o => o.Year).ThenBy(o => o.Municipality).ThenBy(o => o.Indicator, StringComparer.Ordinal)
            .Select(o => (IReadOnlyList<object?>)[o.Municipality.ToString(), o.Year, o.Indicator, o.Value]);
        WorkbookWriter.Write(output, "export", columns, rows);
    }
}
