using System.Text;
using Benchmark.Data;
using Benchmark.Import;
using Benchmark.Store.Relational;
using Benchmark.Validation;

namespace Benchmark.Store;

/// <summary>
/// Imports a yearly file into a store as a new <see cref="DatasetVersion"/>: read → validate (year-on-year against the
/// stored earlier years) → save, all-or-nothing.
/// </summary>
/// <remarks>
/// <para>
/// The file is read into memory once, so its SHA-256, its values and the text of rejected rows all come from the same
/// bytes. A file whose SHA-256 a stored version already holds is not imported again
/// (<see cref="ImportOutcomeKind.AlreadyImported"/>); a file that was only rejected before may be imported again (with
/// other options, such as accepting the valid rows), but one that would only be rejected again is not stored twice
/// (<see cref="ImportOutcomeKind.AlreadyRejected"/>, naming the earlier version).
/// </para>
/// <para>
/// Validation and saving run in one write transaction (others wait): the version row, its observations, its findings
/// and its quarantine are committed together or not at all, so a crash, a retry or a bad file never leaves half an
/// import, and the history used for validation is the one the version is stacked on.
/// </para>
/// </remarks>
public static partial class StoreImporter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Imports <paramref name="path"/> into <paramref name="store"/>.</summary>
    /// <param name="store">A store from <see cref="DatasetStore.Open"/>.</param>
    /// <param name="path">The file; its name is kept as given (in the version, findings and observation sources).</param>
    /// <param name="options">How to import; <see cref="StoreImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>What happened, the version, the validation report and the quarantined rows.</returns>
    /// <exception cref="ArgumentException">When the store did not come from <see cref="DatasetStore.Open"/>, or the path or imported-by label holds a NUL character or a lone surrogate (text a database cannot keep unchanged).</exception>
    /// <exception cref="IOException">When the file cannot be read (missing, locked); nothing is stored.</exception>
    public static ImportOutcome Import(IDatasetStore store, string path, StoreImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var relational = store as RelationalStore
            ?? throw new ArgumentException("The store must come from DatasetStore.Open.", nameof(store));
        options ??= StoreImportOptions.Default;
        var importedBy = options.ImportedBy ?? Environment.UserName;
        CheckStorable(path, nameof(path));
        CheckStorable(importedBy, nameof(options));
        CheckStorable(options.FileName ?? path, nameof(options));

        // Streamed, like validate: the hash in one pass, the import in another, the bytes again only for a quarantine.
        var before = ImportedFile.Stamp(path);
        var sha256 = ImportedFile.Sha256(path);
        if (store.FindBySha256(sha256) is { } existing)
        {
            return new ImportOutcome(ImportOutcomeKind.AlreadyImported, existing, null, []);
        }

        var imported = CsvImporter.Import([path], options.Import);
        if (ImportedFile.Stamp(path) != before)
        {
            throw new IOException($"{path} changed while it was being imported; nothing was stored. Import it again when it is complete.");
        }

        var shown = options.FileName ?? path;
        var request = new ImportRequest(shown, () => File.ReadAllBytes(path), sha256, importedBy, options.AcceptValidRows, options.Import.MaxRecordSize);
        return relational.Write(session =>
        {
            if (session.FindBySha256(sha256) is { } held)
            {
                return new ImportOutcome(ImportOutcomeKind.AlreadyImported, held, null, []);
            }

            var report = Check(session, imported, options, path);
            var plan = ImportPlanner.Plan(request, imported.Dataset, report);
            if (plan.Status == DatasetVersionStatus.Rejected && session.FindRejectedBySha256(sha256) is { } rejected)
            {
                return new ImportOutcome(ImportOutcomeKind.AlreadyRejected, rejected, report, plan.Quarantine);
            }

            var version = session.Save(plan);
            return new ImportOutcome(KindOf(plan.Status), version, report, plan.Quarantine);
        });
    }

    /// <summary>Validation against the stored history, the municipality restriction, and the file's shown name.</summary>
    private static ValidationReport Check(StoreSession session, ImportResult imported, StoreImportOptions options, string path)
    {
        var history = History(session, imported.Dataset, options.Import);
        var report = DatasetLoader.Validate(imported, options.Import, options.Validation, history);
        if (options.OnlyMunicipality is { } only)
        {
            report = MunicipalityScope.Restrict(report, imported.Dataset, only, options.Import.Municipalities);
        }

        return options.FileName is { } shown && shown != path
            ? report.WithFileNames(new Dictionary<string, string>(StringComparer.Ordinal) { [path] = shown })
            : report;
    }

    /// <summary>The stored data of the years before those in the file, with derived values, as validation's history.</summary>
    private static Dataset? History(StoreSession session, Dataset raw, ImportOptions options)
    {
        var years = raw.Years.Select(y => y - 1).ToArray();
        if (years.Length == 0)
        {
            return null;
        }

        var stored = session.LoadActive(null, years);
        return stored.Count == 0 ? null : Derivation.DatasetDerivation.WithDerived(stored, options.Catalog, options.Municipalities);
    }

    private static ImportOutcomeKind KindOf(DatasetVersionStatus status) => status switch
    {
        DatasetVersionStatus.Stored => ImportOutcomeKind.Stored,
        DatasetVersionStatus.PartiallyStored => ImportOutcomeKind.PartiallyStored,
        _ => ImportOutcomeKind.Rejected,
    };

    private static void CheckStorable(string text, string name)
    {
        try
        {
            StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException("The text holds a lone surrogate, which no database can keep unchanged.", name, ex);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("The text holds a NUL character, which no database can keep unchanged.", name);
        }
    }
}
