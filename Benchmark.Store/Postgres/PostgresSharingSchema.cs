namespace Benchmark.Store.Postgres;

/// <summary>
/// Schema step 4 of the shared store: what the shared learning environment keeps — accounts with their roles and
/// lock-out, researchers' API tokens (hashed), learning circles, the publication state of each year, the audit log,
/// the web nodes' Data Protection keys and uploads waiting for confirmation. Keep in step with
/// <see cref="Sqlite.SqliteSharingSchema"/>.
/// </summary>
internal static class PostgresSharingSchema
{
    /// <summary>The statements of step 4.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        CREATE TABLE accounts (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_name TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL,
            municipality INTEGER NULL,
            disabled INTEGER NOT NULL,
            failed_logins INTEGER NOT NULL,
            locked_until TIMESTAMPTZ NULL,
            created_at TIMESTAMPTZ NOT NULL)
        """,
        """
        CREATE TABLE api_tokens (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            account_id BIGINT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            issued_at TIMESTAMPTZ NOT NULL)
        """,
        "CREATE TABLE circles (name TEXT NOT NULL, municipality INTEGER NOT NULL, PRIMARY KEY (name, municipality))",
        "CREATE TABLE year_states (year INTEGER PRIMARY KEY, state TEXT NOT NULL, changed_at TIMESTAMPTZ NOT NULL, changed_by TEXT NOT NULL)",
        """
        CREATE TABLE audit_log (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at TIMESTAMPTZ NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NULL,
            detail TEXT NULL)
        """,
        "CREATE TABLE data_protection_keys (name TEXT NOT NULL PRIMARY KEY, xml TEXT NOT NULL)",
        """
        CREATE TABLE staged_uploads (
            id TEXT NOT NULL PRIMARY KEY,
            account_id BIGINT NOT NULL,
            file_name TEXT NOT NULL,
            content BYTEA NOT NULL,
            staged_at TIMESTAMPTZ NOT NULL)
        """,
    ];
}
