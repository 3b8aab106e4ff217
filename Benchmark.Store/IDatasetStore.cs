using Benchmark.Data;

namespace Benchmark.Store;

/// <summary>
/// A persistent, versioned store of yearly datasets: every import is a <see cref="DatasetVersion"/> with its validation
/// report; the data of a municipality × year × indicator is the value of the newest stored version that contains it.
/// </summary>
/// <remarks>
/// <para>
/// Open one with <see cref="DatasetStore.Open"/> (a SQLite file by default, PostgreSQL for shared use) and import files
/// with <see cref="StoreImporter.Import"/>. The two implementations behave the same; one test suite runs against both.
/// </para>
/// <para>
/// Thread-safe: every call uses its own connection, so one store may be shared by threads, and several stores or
/// processes may use the same database at once (imports are serialised by the database).
/// </para>
/// </remarks>
public interface IDatasetStore : IDisposable
{
    /// <summary>Where the data live: the full path of the SQLite file, or the PostgreSQL connection string without its password.</summary>
    string Location { get; }

    /// <summary>The schema version of the store after opening (the newest this program knows: <see cref="DatasetStore.CurrentSchemaVersion"/>).</summary>
    int SchemaVersion { get; }

    /// <summary>Every version, rejections included, oldest (lowest id) first.</summary>
    IReadOnlyList<DatasetVersion> Versions();

    /// <summary>
    /// The version that holds the file with this SHA-256 (stored or partially stored), or <see langword="null"/>.
    /// Rejected imports hold no data and are not returned, so a rejected file can be imported again.
    /// </summary>
    /// <param name="sha256">The SHA-256 of the file's bytes as hex (either case).</param>
    DatasetVersion? FindBySha256(string sha256);

    /// <summary>One version with its full validation report and quarantine, or <see langword="null"/> when there is no such version.</summary>
    DatasetVersionDetails? Get(long id);

    /// <summary>
    /// The active raw observations: per municipality × year × indicator the value of the newest stored version with an
    /// id ≤ <paramref name="asOf"/> that contains it. Values are as delivered (missing as NaN) with their source (file
    /// name, line, column); derived ratios are not stored — <see cref="ActiveData.Load"/> adds them.
    /// </summary>
    /// <param name="asOf">The newest version to take into account; <see langword="null"/> for all (the current data).</param>
    /// <param name="year">Only this year; <see langword="null"/> for all years.</param>
    Dataset LoadActive(long? asOf = null, int? year = null);

    /// <summary>
    /// Deletes a version with its observations, report and quarantine, in one transaction; the values it superseded
    /// become active again. Nothing else is ever deleted.
    /// </summary>
    /// <returns>Whether the version existed.</returns>
    bool Delete(long id);

    /// <summary>
    /// A random secret of this store named <paramref name="name"/> (256 bits, hexadecimal), created on first use and the
    /// same ever after — e.g. the key that assigns anonymised labels. It is never printed; only who can read the store
    /// can read it.
    /// </summary>
    string Secret(string name);
}
