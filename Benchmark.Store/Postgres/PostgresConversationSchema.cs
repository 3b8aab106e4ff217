namespace Benchmark.Store.Postgres;

/// <summary>
/// Schema step 2 of the shared store: experience-survey answers (personal data, in their own table so that
/// <c>benchmark survey purge</c> can delete them) and aggregates, explanations with their revisions, and the learning
/// agenda. Keep in step with <see cref="Sqlite.SqliteConversationSchema"/>.
/// </summary>
internal static class PostgresConversationSchema
{
    /// <summary>The statements of step 2.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        CREATE TABLE survey_imports (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TIMESTAMPTZ NOT NULL,
            imported_by TEXT NOT NULL,
            answers INTEGER NOT NULL,
            respondents INTEGER NOT NULL)
        """,
        """
        CREATE TABLE survey_answers (
            import_id BIGINT NOT NULL,
            year INTEGER NOT NULL,
            municipality INTEGER NOT NULL,
            survey TEXT NOT NULL,
            respondent TEXT NOT NULL,
            version TEXT NOT NULL,
            department TEXT NULL,
            item TEXT NOT NULL,
            answer DOUBLE PRECISION NULL)
        """,
        "CREATE INDEX survey_answers_key ON survey_answers (year, municipality, survey)",
        """
        CREATE TABLE survey_cells (
            import_id BIGINT NOT NULL,
            year INTEGER NOT NULL,
            municipality INTEGER NOT NULL,
            survey TEXT NOT NULL,
            level TEXT NOT NULL,
            cell_key TEXT NOT NULL,
            respondents INTEGER NOT NULL,
            mean DOUBLE PRECISION NULL,
            sd DOUBLE PRECISION NULL,
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
            written_at TIMESTAMPTZ NOT NULL,
            data_version BIGINT NOT NULL,
            PRIMARY KEY (municipality, indicator, year, revision))
        """,
        """
        CREATE TABLE agenda_items (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            municipality INTEGER NOT NULL,
            circle TEXT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL,
            due TEXT NOT NULL,
            indicator TEXT NOT NULL,
            baseline_year INTEGER NOT NULL,
            baseline_value DOUBLE PRECISION NULL,
            recorded_at TIMESTAMPTZ NOT NULL)
        """,
    ];
}
