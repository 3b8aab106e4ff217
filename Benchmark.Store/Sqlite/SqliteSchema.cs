using Benchmark.Store.Relational;

namespace Benchmark.Store.Sqlite;

/// <summary>The schema of the embedded store, one migration per version. Never edit a released step: add one.</summary>
internal static class SqliteSchema
{
    /// <summary>The steps, version 1 first.</summary>
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "Versions, observations, findings and quarantine.", [
            """
            CREATE TABLE dataset_versions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                status TEXT NOT NULL,
                years TEXT NOT NULL,
                indicators TEXT NOT NULL,
                rows_read INTEGER NOT NULL,
                rows_accepted INTEGER NOT NULL,
                rows_rejected INTEGER NOT NULL,
                values_stored INTEGER NOT NULL,
                errors INTEGER NOT NULL,
                warnings INTEGER NOT NULL,
                reader_rows_accepted INTEGER NOT NULL,
                reader_rows_rejected INTEGER NOT NULL,
                encoding TEXT NULL,
                separator TEXT NULL,
                decimal_separator TEXT NULL,
                layout TEXT NULL)
            """,
            "CREATE INDEX dataset_versions_sha256 ON dataset_versions (sha256)",
            "CREATE TABLE indicators (id INTEGER PRIMARY KEY, code TEXT NOT NULL)",
            "CREATE TABLE source_columns (id INTEGER PRIMARY KEY, header TEXT NOT NULL)",
            """
            CREATE TABLE observations (
                version_id INTEGER NOT NULL,
                year INTEGER NOT NULL,
                indicator_id INTEGER NOT NULL,
                municipality INTEGER NOT NULL,
                value REAL NULL,
                line INTEGER NOT NULL,
                column_id INTEGER NULL)
            """,
            "CREATE INDEX observations_key ON observations (year, indicator_id, municipality, version_id)",
            """
            CREATE TABLE findings (
                version_id INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                severity TEXT NOT NULL,
                rule TEXT NOT NULL,
                file TEXT NULL,
                line INTEGER NOT NULL,
                column_name TEXT NULL,
                value TEXT NULL,
                message_nl TEXT NOT NULL,
                message_en TEXT NOT NULL,
                hint_nl TEXT NOT NULL,
                hint_en TEXT NOT NULL,
                PRIMARY KEY (version_id, seq))
            """,
            """
            CREATE TABLE quarantine (
                version_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                line_count INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (version_id, line))
            """,
        ]),
        new(2, "A secret per store (the anonymisation key).", [
            "CREATE TABLE store_secrets (name TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)",
        ]),
        new(3, "Survey answers and aggregates, explanations, learning agenda.", SqliteConversationSchema.Statements),
        new(4, "Accounts, API tokens, learning circles, year states, audit log, Data Protection keys, staged uploads.", SqliteSharingSchema.Statements),
    ];
}
