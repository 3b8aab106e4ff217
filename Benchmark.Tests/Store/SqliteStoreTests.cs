using Benchmark.Store.Relational;

namespace Benchmark.Tests.Store;

/// <summary>The store contract on the embedded SQLite store, a temporary file per test; plus what only files have.</summary>
[TestFixture]
public sealed class SqliteStoreTests : StoreContractTests
{
    private int _databases;

    protected override string NewDatabase() => Path.Combine(Folder, $"store-{++_databases}", "benchmark.db");

    protected override void DropDatabases()
    {
        // The files go with the test folder once the stores are disposed.
    }

    [Test]
    public void Open_MissingFolder_CreatesFolderAndFileInWalMode()
    {
        var store = Open();

        Assert.That(File.Exists(Db), Is.True);
        Assert.That(store.Location, Is.EqualTo(Path.GetFullPath(Db)));
        Assert.That(((RelationalStore)store).Read(s =>
        {
            using var command = s.Command("PRAGMA journal_mode");
            return command.ExecuteScalar() as string;
        }), Is.EqualTo("wal"));
    }

    [Test]
    public void Open_FileThatIsNotADatabase_ThrowsInvalidData()
    {
        var path = StoreFiles.Write(Folder, "data.csv", "\n", "gemeentecode;jaar;Inwoners", "GM0014;2024;243768", new string('x', 200));

        var ex = Assert.Throws<InvalidDataException>(() => Open(path));

        Assert.That(ex!.Message, Does.Contain("is not a SQLite database"));
        Assert.That(File.ReadAllText(path), Does.StartWith("gemeentecode;jaar;Inwoners"));
    }

    [Test]
    public void Open_PathOfAFolder_ThrowsIOException()
    {
        var ex = Assert.Throws<IOException>(() => Open(Folder));

        Assert.That(ex!.Message, Does.Contain("cannot be opened or created"));
    }

    [Test]
    public void Open_SqliteDatabaseOfSomethingElse_IsRefused()
    {
        var path = Path.Combine(Folder, "other.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE customers (id INTEGER)";
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<InvalidDataException>(() => Open(path));

        Assert.That(ex!.Message, Does.Contain("is a SQLite database of something else"));
    }
}
