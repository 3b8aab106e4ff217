namespace Benchmark.Store.Sqlite;

/// <summary>
/// Schema step 2 of the embedded store: experience-survey answers (personal data, in their own table so that
/// <c>benchmark survey purge</c> can delete them) and aggregates, explanations with their revisions, and the learning
/// agenda. Keep in step with <see cref="Postgres.PostgresConversationSchema"/>.
/// </summary>
internal static class SqliteConversationSchema
{
    /// <summary>The statements of step 2.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        CREATE TABLE survey_imports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL,
            answers INTEGER NOT NULL,
            respondents INTEGER NOT NULL)
        """,
        """
        CREATE TABLE survey_answers (
            import_id INTEGER NOT NULL,
            year INTEGER NOT NULL,
            municipality INTEGER NOT NULL,
            survey TEXT NOT NULL,
            respondent TEXT NOT NULL,
            version TEXT NOT NULL,
            department TEXT NULL,
            item TEXT NOT NULL,
            answer REAL NULL)
        """,
        "CREATE INDEX survey_answers_key ON survey_answers (year, municipality, survey)",
        """
        CREATE TABLE survey_cells (
            import_id INTEGER NOT NULL,
            year INTEGER NOT NULL,
            municipality INTEGER NOT NULL,
            survey TEXT NOT NULL,
            level TEXT NOT NULL,
            cell_key TEXT NOT NULL,
            respondents INTEGER NOT NULL,
            mean REAL NULL,
            sd REAL NULL,
            population INTEGER NULL,
            PRIMARY KEY (year, municipality, survey, level, cell_key))
        """,
        """
        CREATE TABLE explanations (
            municipality INTEGER NOT NULL,
            indicator TEXT NOT NULL,
            year INTEGER NOT NULL,
            revision INTEGER NOT NULL,
            category TEXT NOT NULL,
            text TEXT NOT NULL,
            author TEXT NOT NULL,
            written_at TEXT NOT NULL,
            data_version INTEGER NOT NULL,
            PRIMARY KEY (municipality, indicator, year, revision))
        """,
        """
        CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality INTEGER NOT NULL,
            circle TEXT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL,
            due TEXT NOT NULL,
            indicator TEXT NOT NULL,
            baseline_year INTEGER NOT NULL,
            baseline_value REAL NULL,
            recorded_at TEXT NOT NULL)
        """,
    ];
}
