using Npgsql;

namespace Benchmark.Store.Postgres;

/// <summary>Turns what <c>--db</c> says about a PostgreSQL database into an Npgsql connection string, and back into a safe display text.</summary>
internal static class PostgresLocation
{
    /// <summary>
    /// The connection string of <paramref name="db"/>: a connection string as given, or a URL
    /// <c>postgres[ql]://user:password@host:port/database?key=value</c> (percent-encoded parts decoded; query keys are
    /// Npgsql keywords, e.g. <c>sslmode=require</c>).
    /// </summary>
    /// <exception cref="ArgumentException">When the URL or connection string is malformed or names no database.</exception>
    public static string ConnectionString(string db)
    {
        var text = db.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            NpgsqlConnectionStringBuilder given;
            try
            {
                given = new NpgsqlConnectionStringBuilder(text);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new ArgumentException($"'{Redact(text)}' is not a valid PostgreSQL connection string: {ex.Message}", nameof(db), ex);
            }

            if (string.IsNullOrWhiteSpace(given.Host))
            {
                throw new ArgumentException($"The PostgreSQL connection string '{Redact(text)}' names no server; add Host=… (a SQLite store is a file path without '=' settings).", nameof(db));
            }

            return given.ConnectionString;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException("The PostgreSQL URL is malformed; expected postgres://user:password@host:port/database.", nameof(db));
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
            try
            {
                builder[key] = value;
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new ArgumentException($"The PostgreSQL URL has an option Npgsql does not know: '{key}'.", nameof(db), ex);
            }
        }

        if (string.IsNullOrEmpty(builder.Database))
        {
            throw new ArgumentException("The PostgreSQL URL names no database; expected postgres://user:password@host:port/database.", nameof(db));
        }

        return builder.ConnectionString;
    }

    /// <summary>A connection string without its password, for messages and <see cref="IDatasetStore.Location"/>.</summary>
    public static string Redact(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            builder.Remove("Password");
            return builder.ConnectionString;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            return "(a PostgreSQL connection string)";
        }
    }
}
