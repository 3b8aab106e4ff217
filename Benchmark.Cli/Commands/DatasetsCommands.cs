using Benchmark.Export;
using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Store;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark datasets</c>: every dataset version in the store.</summary>
internal sealed class DatasetsListCommand(CliEnvironment env) : Command<StoreSettings>
{
    private static readonly ResultColumn[] Columns =
    [
        new("version", "Versie", "Version", CellKind.Integer),
        new("file", "Bestand", "File"),
        new("status", "Status", "Status", NoWrap: true),
        new("years", "Jaren", "Years", NoWrap: true),
        new("rowsRead", "Rijen", "Rows", CellKind.Integer, InText: false),
        new("rowsRejected", "Afgewezen", "Rejected", CellKind.Integer, InText: false),
        new("valuesStored", "Waarden", "Values", CellKind.Integer),
        new("errors", "Fouten", "Errors", CellKind.Integer),
        new("warnings", "Waarsch.", "Warnings", CellKind.Integer),
        new("sha256", "SHA-256", "SHA-256", InText: false),
        new("sha256Prefix", "SHA-256", "SHA-256", InMachine: false, InText: false, NoWrap: true),
        new("importedAt", "Geïmporteerd", "Imported", NoWrap: true),
        new("importedBy", "Door", "By", InText: false),
    ];

    public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var store = StoreAccess.Open(settings.Db, env);
            var rows = store.Versions().Select(v => new object?[]
            {
                (int)v.Id, v.FileName, settings.EffectiveFormat == OutputFormat.Text ? StatusText(v.Status, settings.Lang) : StatusText(v.Status), string.Join(" ", v.Years), v.RowsRead, v.RowsRejected, v.ValuesStored, v.Errors,
                v.Warnings, v.Sha256, v.Sha256[..12], v.ImportedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture), v.ImportedBy,
            }).ToList();
            var table = new ResultTable("datasets", Columns, rows)
            {
                Facts = [("store", "Opslag", "Store", store.Location), ("schemaVersion", "Schemaversie", "Schema version", store.SchemaVersion)],
                Notes = rows.Count == 0 ? [("Nog geen versies: benchmark import FILE...", "No versions yet: benchmark import FILE...")] : [],
            };
            ResultWriter.Write(table, settings, env.Console, env.Out);
            return ExitCodes.Ok;
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark datasets: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    internal static string StatusText(DatasetVersionStatus status) => status switch
    {
        DatasetVersionStatus.Stored => "stored",
        DatasetVersionStatus.PartiallyStored => "partially-stored",
        _ => "rejected",
    };

    /// <summary>The status for people: "opgeslagen", "deels opgeslagen", "afgewezen" (English with --lang en).</summary>
    internal static string StatusText(DatasetVersionStatus status, Language lang) => status switch
    {
        DatasetVersionStatus.Stored => lang.Pick("opgeslagen", "stored"),
        DatasetVersionStatus.PartiallyStored => lang.Pick("deels opgeslagen", "partially stored"),
        _ => lang.Pick("afgewezen", "rejected"),
    };
}

/// <summary><c>benchmark datasets show ID</c>: a version's report and quarantine.</summary>
internal sealed class DatasetsShowCommand(CliEnvironment env) : Command<DatasetsShowSettings>
{
    public override int Execute(CommandContext context, DatasetsShowSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var store = StoreAccess.Open(settings.Db, env);
            var details = store.Get(settings.Version) ?? throw new UsageException(
                $"Er is geen datasetversie {settings.Version} in {store.Location} (zie benchmark datasets).",
                $"There is no dataset version {settings.Version} in {store.Location} (see benchmark datasets).");
            if (settings.QuarantineOut is { } path)
            {
                OutputFile.Write(env.Resolve(path), file =>
                {
                    StoreExport.WriteQuarantineCsv(details, file);
                    return 0;
                });
            }

            var v = details.Version;

            // The rows as stored (a rejected version accepted none), the same counts import printed.
            var stored = details.Report with { RowsAccepted = v.RowsAccepted, RowsRejected = v.RowsRejected };
            var report = new Validation.ValidationReport([stored], Dataset: Data.Dataset.Empty, details.GeneralFindings);
            if (settings.Format == OutputFormat.Json)
            {
                ValidationJsonWriter.Write(env.Out, report, settings.Lang);
                return ExitCodes.Ok;
            }

            env.Console.MarkupLine(Markup.Escape(string.Format(
                CultureInfo.InvariantCulture,
                settings.Lang.Pick("Versie {0}: {1} · {2} · SHA-256 {3} · {4:yyyy-MM-dd HH:mm}Z door {5} · jaren {6} · {7}", "Version {0}: {1} · {2} · SHA-256 {3} · {4:yyyy-MM-dd HH:mm}Z by {5} · years {6} · {7}"),
                v.Id,
                v.FileName,
                DatasetsListCommand.StatusText(v.Status, settings.Lang),
                v.Sha256,
                v.ImportedAt,
                v.ImportedBy,
                string.Join(" ", v.Years),
                settings.Lang.Counted(v.ValuesStored, "waarde", "waarden", "value", "values"))));
            ValidationTextRenderer.Render(env.Console, report, settings.Lang, 0);
            if (details.Quarantine.Count > 0)
            {
                env.Console.Write(new Rule(Markup.Escape(settings.Lang.Pick($"Quarantaine: {details.Quarantine.Count} rijen", $"Quarantine: {details.Quarantine.Count} rows"))).LeftJustified());
                foreach (var row in details.Quarantine)
                {
                    env.Console.MarkupLine($"  [bold]{row.Line}[/] {Markup.Escape(row.Text)}");
                    foreach (var reason in row.Reasons)
                    {
                        env.Console.MarkupLine($"    [red]{Markup.Escape(reason.Rule)}[/] {Markup.Escape(reason.Message.Get(settings.Lang))}");
                    }
                }
            }

            return ExitCodes.Ok;
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark datasets show: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (OutputFileException ex)
        {
            env.Error.WriteLine($"benchmark datasets show: --quarantine-out: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}

/// <summary><c>benchmark datasets delete ID --yes</c>: the one way to delete data, explicit and confirmed.</summary>
internal sealed class DatasetsDeleteCommand(CliEnvironment env) : Command<DatasetsDeleteSettings>
{
    public override int Execute(CommandContext context, DatasetsDeleteSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var store = StoreAccess.Open(settings.Db, env, write: true);
            var version = store.Versions().FirstOrDefault(v => v.Id == settings.Version)
                ?? throw new UsageException(
                    $"Er is geen datasetversie {settings.Version} in {store.Location}.",
                    $"There is no dataset version {settings.Version} in {store.Location}.");
            if (!settings.Yes)
            {
                env.Error.WriteLine("benchmark datasets delete: " + settings.Lang.Pick(
                    $"dit verwijdert versie {version.Id} ({version.FileName}, {settings.Lang.Counted(version.ValuesStored, "waarde", "waarden", "value", "values")}) voorgoed; de waarden die zij verving worden weer actief. Herhaal met --yes om te bevestigen.",
                    $"this deletes version {version.Id} ({version.FileName}, {settings.Lang.Counted(version.ValuesStored, "waarde", "waarden", "value", "values")}) for good; the values it superseded become active again. Repeat with --yes to confirm."));
                return ExitCodes.UsageOrUnreadable;
            }

            store.Delete(version.Id);
            env.Console.MarkupLine(Markup.Escape(settings.Lang.Pick($"Versie {version.Id} verwijderd.", $"Version {version.Id} deleted.")));
            return ExitCodes.Ok;
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark datasets delete: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
