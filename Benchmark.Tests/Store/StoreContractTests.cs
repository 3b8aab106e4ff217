using Benchmark.Store;
using Benchmark.Store.Relational;

namespace Benchmark.Tests.Store;

/// <summary>
/// Every behaviour of a dataset store, run against each implementation by a concrete fixture (SQLite, PostgreSQL).
/// Each test gets a fresh, empty database and a temporary folder for its files.
/// </summary>
public abstract partial class StoreContractTests
{
    /// <summary>Every import in these tests is stamped 2025-03-01 10:00:00.123456 UTC unless a test moves the clock.</summary>
    protected static readonly DateTimeOffset Start = new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560);

    private readonly List<IDatasetStore> _open = [];

    /// <summary>The clock given to every store.</summary>
    internal FixedClock Clock { get; private set; } = new(Start);

    /// <summary>The test's temporary folder.</summary>
    protected string Folder { get; private set; } = string.Empty;

    /// <summary>The test's database, as <c>--db</c> would name it.</summary>
    protected string Db { get; private set; } = string.Empty;

    [SetUp]
    public void CreateDatabase()
    {
        Clock = new FixedClock(Start);
        Folder = Path.Combine(Path.GetTempPath(), "benchmark-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Db = NewDatabase();
    }

    [TearDown]
    public void DropDatabase()
    {
        foreach (var store in _open)
        {
            store.Dispose();
        }

        _open.Clear();
        DropDatabases();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>A new, empty database for this test, as a <c>--db</c> string.</summary>
    protected abstract string NewDatabase();

    /// <summary>Removes the databases <see cref="NewDatabase"/> made.</summary>
    protected abstract void DropDatabases();

    /// <summary>Opens the test's database (or <paramref name="db"/>) with the test clock; disposed after the test.</summary>
    protected IDatasetStore Open(string? db = null) => Track(DatasetStore.Open(db ?? Db, Clock));

    /// <summary>Opens with an extra schema step after the known ones, as a newer program would.</summary>
    protected IDatasetStore OpenWithExtraMigration(string? db = null) =>
        Track(DatasetStore.OpenWithMigrations(db ?? Db, Clock, known =>
            [.. known, new Migration(known.Count + 1, "A probe table from the future.", ["CREATE TABLE migration_probe (x INTEGER)"])]));

    /// <summary>The number of rows in a table, counted in the database (not through the store's de-duplicating reads).</summary>
    protected static long Count(IDatasetStore store, string table) =>
        ((RelationalStore)store).Read(s => s.ScalarLong("SELECT COUNT(*) FROM " + table)) ?? -1;

    private IDatasetStore Track(IDatasetStore store)
    {
        _open.Add(store);
        return store;
    }

    [Test]
    public void Open_NewDatabase_AppliesEveryMigration()
    {
        var store = Open();

        Assert.That(store.SchemaVersion, Is.EqualTo(DatasetStore.CurrentSchemaVersion));
        Assert.That(store.Versions(), Is.Empty);
        Assert.That(store.LoadActive().Count, Is.Zero);
    }

    [Test]
    public void Open_Twice_KeepsSchemaAndData()
    {
        var first = Open();
        var version = StoreImporter.Import(first, StoreFiles.Sample("benchmark-2024.csv")).Version;

        var second = Open();

        Assert.That(second.SchemaVersion, Is.EqualTo(DatasetStore.CurrentSchemaVersion));
        Assert.That(second.Versions().Single(), Is.EqualTo(version));
    }

    [Test]
    public void Open_WithNewerMigration_AppliesItToAnExistingStoreAndKeepsItsData()
    {
        var old = Open();
        var version = StoreImporter.Import(old, StoreFiles.Sample("benchmark-2024.csv")).Version;

        var upgraded = OpenWithExtraMigration();

        Assert.That(upgraded.SchemaVersion, Is.EqualTo(DatasetStore.CurrentSchemaVersion + 1));
        Assert.That(Count(upgraded, "migration_probe"), Is.Zero, "the new step's table exists");
        Assert.That(upgraded.Versions().Single(), Is.EqualTo(version));
        Assert.That(upgraded.LoadActive().Count, Is.EqualTo(version.ValuesStored));
    }

    [Test]
    public void Open_StoreOfNewerProgram_ThrowsSchemaTooNewAndChangesNothing()
    {
        var newer = OpenWithExtraMigration();
        var version = StoreImporter.Import(newer, StoreFiles.Sample("benchmark-2024.csv")).Version;
        var known = DatasetStore.CurrentSchemaVersion;

        var ex = Assert.Throws<StoreSchemaTooNewException>(() => Open());

        Assert.That(ex!.Message, Does.Contain($"has schema version {known + 1}; this program knows up to {known}. Upgrade benchmark."));
        Assert.That((ex.FoundVersion, ex.KnownVersion), Is.EqualTo((known + 1, known)));
        var again = OpenWithExtraMigration();
        Assert.That(again.SchemaVersion, Is.EqualTo(known + 1));
        Assert.That(again.Versions().Single(), Is.EqualTo(version));
    }
}
