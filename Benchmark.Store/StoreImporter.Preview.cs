using Benchmark.Data;
using Benchmark.Import;
using Benchmark.Store.Relational;

namespace Benchmark.Store;

/// <content>The preview: the same reading, validation and plan as <see cref="Import"/>, in a read snapshot, storing nothing.</content>
public static partial class StoreImporter
{
    /// <summary>What <see cref="Import"/> would do with <paramref name="path"/>, as a whole and with the valid rows accepted; nothing is stored.</summary>
    /// <param name="store">A store from <see cref="DatasetStore.Open"/>.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">How it would be imported (<see cref="StoreImportOptions.AcceptValidRows"/> is ignored: both ways are previewed).</param>
    /// <exception cref="ArgumentException">When the store did not come from <see cref="DatasetStore.Open"/>.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static ImportPreview Preview(IDatasetStore store, string path, StoreImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var relational = store as RelationalStore
            ?? throw new ArgumentException("The store must come from DatasetStore.Open.", nameof(store));
        options ??= StoreImportOptions.Default;
        var sha256 = ImportedFile.Sha256(path);
        if (store.FindBySha256(sha256) is { } existing)
        {
            return new ImportPreview(sha256, existing, null, existing.Status, existing.Status, [], existing.RowsRead, 0, 0, 0);
        }

        var imported = CsvImporter.Import([path], options.Import);
        var request = new ImportRequest(options.FileName ?? path, () => File.ReadAllBytes(path), sha256, options.ImportedBy ?? Environment.UserName, true, options.Import.MaxRecordSize);
        return relational.Read(session =>
        {
            var report = Check(session, imported, options, path);
            var whole = ImportPlanner.Plan(request with { AcceptValidRows = false }, imported.Dataset, report);
            var valid = ImportPlanner.Plan(request, imported.Dataset, report);
            var stored = valid.Status == DatasetVersionStatus.Rejected ? [] : valid.Observations;
            var (superseded, changed) = Superseded(session, stored);
            return new ImportPreview(sha256, null, report, whole.Status, valid.Status, valid.Quarantine, report.Files[0].RowsRead, superseded, changed, stored.Count - superseded);
        });
    }

    /// <summary>How many of <paramref name="observations"/> replace a value an earlier version holds, and how many of those differ.</summary>
    private static (int Superseded, int Changed) Superseded(StoreSession session, IReadOnlyList<Observation> observations)
    {
        if (observations.Count == 0)
        {
            return (0, 0);
        }

        var active = session.LoadActive(null, [.. observations.Select(o => o.Year).Distinct()]);
        var held = active.Observations.ToDictionary(o => (o.Municipality, o.Year, o.Indicator), o => o.Value);
        var superseded = 0;
        var changed = 0;
        foreach (var o in observations)
        {
            if (held.TryGetValue((o.Municipality, o.Year, o.Indicator), out var value))
            {
                superseded++;
                changed += value.Equals(o.Value) ? 0 : 1;
            }
        }

        return (superseded, changed);
    }
}
