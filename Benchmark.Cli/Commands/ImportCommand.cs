using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Benchmark.Cli.Infrastructure;
using Benchmark.Store;
using Benchmark.Validation;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark import FILE...</c>: stores each file as a dataset version; exit 0 stored, 1 rejected, 2 usage/unreadable.</summary>
internal sealed class ImportCommand(CliEnvironment env) : Command<ImportSettings>
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        IDatasetStore store;
        Import.ImportOptions options;
        try
        {
            options = ReferenceLoader.Load(settings, env);
            store = StoreAccess.Open(settings.Db, env, create: true);
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark import: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }

        using (store)
        {
            var exit = ExitCodes.Ok;
            var outcomes = new List<(string File, ImportOutcome Outcome)>();
            using var status = env.Status();
            var done = 0;
            foreach (var file in settings.Files)
            {
                status.Show(settings.Lang.Pick($"Bezig: {++done}/{settings.Files.Length} {file} inlezen…", $"Working: {done}/{settings.Files.Length} importing {file}…"));
                var reading = options with { Progress = status.Files(settings.Lang, $"{done}/{settings.Files.Length}") };
                var storeOptions = new StoreImportOptions { Import = reading, AcceptValidRows = settings.AcceptValidRows, ImportedBy = settings.By };
                ImportOutcome outcome;
                try
                {
                    outcome = StoreImporter.Import(store, env.ForReading(file), storeOptions);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    env.Error.WriteLine($"benchmark import: {file}: {UsageException.TextOf(ex, settings.Lang)}");
                    exit = ExitCodes.UsageOrUnreadable;
                    continue;
                }
                catch (System.Data.Common.DbException ex)
                {
                    // The store failed (full disk, lock, connection): this file's transaction was rolled back. Say what is
                    // stored and what is not, and stop: the next files would meet the same store.
                    env.Error.WriteLine(StoreFailure(file, ex, outcomes, settings.Files, settings.Lang));
                    return ExitCodes.UsageOrUnreadable;
                }

                outcome = outcome with { Report = outcome.Report?.WithFileNames(new Dictionary<string, string> { [env.ForReading(file)] = file }) };
                outcomes.Add((file, outcome));
                var unreadable = outcome.Report?.Files.Any(f => f.Findings.Any(x => x.Rule == Validation.Rules.FileUnreadable)) ?? false;
                // Exit 2 is for input that could not be used; a file of which rows were stored is a data problem (1).
                var stored = outcome.Kind is ImportOutcomeKind.Stored or ImportOutcomeKind.PartiallyStored;
                var code = unreadable ? (stored ? ExitCodes.DataErrors : ExitCodes.UsageOrUnreadable)
                    : outcome.Kind is ImportOutcomeKind.Rejected or ImportOutcomeKind.AlreadyRejected ? ExitCodes.DataErrors : ExitCodes.Ok;
                exit = Math.Max(exit, code);
                if (unreadable)
                {
                    env.Error.WriteLine($"benchmark import: {file}: {outcome.Report!.AllFindings.First(x => x.Rule == Validation.Rules.FileUnreadable).Message.Get(settings.Lang)}");
                }
            }

            status.Dispose();
            if (settings.Format == OutputFormat.Json)
            {
                WriteJson(outcomes, store, settings.Lang);
            }
            else
            {
                foreach (var (file, outcome) in outcomes)
                {
                    RenderText(file, outcome, settings.Lang);
                }
            }

            return exit;
        }
    }

    /// <summary>The message for a store failure during a multi-file import: the error, the versions stored, the files not stored.</summary>
    internal static string StoreFailure(string file, Exception ex, IReadOnlyList<(string File, ImportOutcome Outcome)> done, IReadOnlyList<string> files, Language lang)
    {
        var stored = done.Select(d => lang.Pick($"{d.File} (versie {d.Outcome.Version.Id}, {KindText(d.Outcome.Kind, lang)})", $"{d.File} (version {d.Outcome.Version.Id}, {KindText(d.Outcome.Kind, lang)})")).ToList();
        var notStored = files.Skip(Math.Max(0, files.ToList().IndexOf(file))).ToList();
        var system = ex.Message.ReplaceLineEndings(" ");
        return $"benchmark import: {file}: " + lang.Pick($"de opslag faalde, dit bestand is niet opgeslagen (het systeem meldt: {system})", $"the store failed, this file was not stored: {system}")
            + Environment.NewLine + lang.Pick("  gedaan: ", "  done: ") + (stored.Count == 0 ? lang.Pick("geen", "none") : string.Join(", ", stored))
            + Environment.NewLine + lang.Pick("  niet opgeslagen: ", "  not stored: ") + string.Join(", ", notStored);
    }

    private static string KindText(ImportOutcomeKind kind, Language lang) => kind switch
    {
        ImportOutcomeKind.Stored => lang.Pick("opgeslagen", "stored"),
        ImportOutcomeKind.PartiallyStored => lang.Pick("deels opgeslagen", "partially stored"),
        ImportOutcomeKind.Rejected => lang.Pick("afgewezen", "rejected"),
        _ => kind.ToString().ToLowerInvariant(),
    };

    private void RenderText(string file, ImportOutcome outcome, Language lang)
    {
        var v = outcome.Version;
        var (colour, nl, en) = outcome.Kind switch
        {
            ImportOutcomeKind.Stored => ("green", "opgeslagen als versie {0}", "stored as version {0}"),
            ImportOutcomeKind.PartiallyStored => ("yellow", "geldige rijen opgeslagen als versie {0}; {1} rijen in quarantaine", "valid rows stored as version {0}; {1} rows quarantined"),
            ImportOutcomeKind.Rejected => ("red", "afgewezen (versie {0} legt de afwijzing en het rapport vast); gebruik --accept-valid-rows om de geldige rijen op te slaan", "rejected (version {0} records the rejection and its report); use --accept-valid-rows to store the valid rows"),
            ImportOutcomeKind.AlreadyRejected => ("red", "opnieuw afgewezen; versie {0} legt de afwijzing van dit bestand al vast (zelfde SHA-256), niets opgeslagen", "rejected again; version {0} already records the rejection of this file (same SHA-256), nothing stored"),
            _ => ("grey", "al geïmporteerd: versie {0} bevat dit bestand (zelfde SHA-256); niets gedaan", "already imported: version {0} holds this file (same SHA-256); nothing done"),
        };
        var what = lang.Format(nl, en, v.Id, outcome.Quarantine.Count);
        env.Console.MarkupLine($"[bold]{Markup.Escape(file)}[/]: [{colour}]{Markup.Escape(what)}[/]");
        if (outcome.Report is { } report)
        {
            var f = report.Files.Count > 0 ? report.Files[0] : null;
            env.Console.MarkupLine(lang.Format(
                "  Rijen gelezen {0:N0} · geaccepteerd {1:N0} · afgewezen {2:N0} · fouten {3:N0} · waarschuwingen {4:N0} · waarden opgeslagen {5:N0} · jaren {6}",
                "  Rows read {0:N0} · accepted {1:N0} · rejected {2:N0} · errors {3:N0} · warnings {4:N0} · values stored {5:N0} · years {6}",
                f?.RowsRead ?? 0,
                v.RowsAccepted,
                v.RowsRejected,
                report.ErrorCount,
                report.WarningCount,
                v.ValuesStored,
                string.Join(", ", v.Years)));
            foreach (var error in report.AllFindings.Where(x => x.IsError).Take(5))
            {
                env.Console.MarkupLine($"  [red]{Markup.Escape(lang.Pick("regel", "line"))} {error.Line}[/]{Markup.Escape(error.Column is { Length: > 0 } column ? " " + column : string.Empty)}: {Markup.Escape(error.Message.Get(lang))}");
            }

            if (report.ErrorCount > 5)
            {
                env.Console.MarkupLine($"  [grey]… benchmark datasets show {v.Id}[/]");
            }
        }
    }

    private void WriteJson(List<(string File, ImportOutcome Outcome)> outcomes, IDatasetStore store, Language lang)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("store", store.Location);
            json.WriteStartArray("imports");
            foreach (var (file, outcome) in outcomes)
            {
                var v = outcome.Version;
                json.WriteStartObject();
                json.WriteString("file", file);
                json.WriteString("outcome", outcome.Kind switch
                {
                    ImportOutcomeKind.Stored => "stored",
                    ImportOutcomeKind.PartiallyStored => "partially-stored",
                    ImportOutcomeKind.Rejected => "rejected",
                    ImportOutcomeKind.AlreadyRejected => "already-rejected",
                    _ => "already-imported",
                });
                json.WriteNumber("version", v.Id);
                json.WriteString("sha256", v.Sha256);
                json.WriteString("importedAt", v.ImportedAt.ToString("O", CultureInfo.InvariantCulture));
                json.WriteNumber("rowsRead", v.RowsRead);
                json.WriteNumber("rowsAccepted", v.RowsAccepted);
                json.WriteNumber("rowsRejected", v.RowsRejected);
                json.WriteNumber("valuesStored", v.ValuesStored);
                json.WriteNumber("quarantined", outcome.Quarantine.Count);
                json.WriteNumber("errors", outcome.Report?.ErrorCount ?? v.Errors);
                json.WriteNumber("warnings", outcome.Report?.WarningCount ?? v.Warnings);
                json.WriteStartArray("findings");
                foreach (var f in outcome.Report?.AllFindings ?? [])
                {
                    json.WriteStartObject();
                    json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                    json.WriteString("rule", f.Rule);
                    json.WriteNumber("line", f.Line);
                    json.WriteString("column", f.Column);
                    json.WriteString("value", f.Value);
                    json.WriteString("message", f.Message.Get(lang));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        env.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
