namespace Benchmark.Store.Relational;

/// <summary>
/// Applies schema migrations on open: the store's version is one row in <c>store_schema</c>; every newer step runs in
/// the migration transaction, so a crash leaves the old schema. A store newer than the program is an error, not a guess.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Migrates the store to the last of <paramref name="migrations"/>.</summary>
    /// <returns>The schema version afterwards.</returns>
    /// <exception cref="StoreSchemaTooNewException">When the store's version is newer than the last migration.</exception>
    /// <exception cref="ArgumentException">When the migrations are not numbered 1, 2, … without gaps.</exception>
    public static int Migrate(StoreSession session, IReadOnlyList<Migration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new ArgumentException($"Migration {i + 1} has version {migrations[i].Version}; versions must be 1, 2, … without gaps.", nameof(migrations));
            }
        }

        session.Execute("CREATE TABLE IF NOT EXISTS store_schema (version INTEGER NOT NULL)");
        var current = (int)(session.ScalarLong("SELECT MAX(version) FROM store_schema") ?? 0);
        var known = migrations.Count;
        if (current > known)
        {
            throw new StoreSchemaTooNewException(session.Store.Location, current, known);
        }

        foreach (var migration in migrations.Skip(current))
        {
            foreach (var statement in migration.Statements)
            {
                session.Execute(statement);
            }
        }

        if (known > current)
        {
            session.Execute("DELETE FROM store_schema");
            session.Execute("INSERT INTO store_schema (version) VALUES (@version)", ("version", known));
        }

        return known;
    }
}
