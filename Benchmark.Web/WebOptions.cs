using Benchmark.Store.Accounts;
using Benchmark.Web.Security;

namespace Benchmark.Web;

/// <summary>How <see cref="BenchmarkWeb"/> serves the shared learning environment. Every default is the safe one.</summary>
public sealed record WebOptions
{
    /// <summary>The defaults: loopback port 5080, the default store, 20 MB uploads.</summary>
    public static WebOptions Default { get; } = new();

    /// <summary>Where to listen (semicolon-separated URLs), as <c>benchmark serve --urls</c>.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The store (SQLite file, PostgreSQL connection string or URL); <see langword="null"/> for <c>BENCHMARK_DB</c> or <c>./benchmark.db</c>.</summary>
    public string? Db { get; init; }

    /// <summary>The largest upload accepted, in bytes (default 20 MB); a larger request is refused with 413 before it is read.</summary>
    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Sign-in attempts per client address per minute before 429 (rate limiting, besides the per-account lock-out).</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10;

    /// <summary>When failed sign-ins lock an account.</summary>
    public LockoutPolicy Lockout { get; init; } = LockoutPolicy.Default;

    /// <summary>Send cookies only over HTTPS (set when served behind a TLS proxy; off for plain loopback HTTP).</summary>
    public bool SecureCookies { get; init; }

    /// <summary>
    /// The secret that encrypts the Data Protection keys kept in the store (the same on every node of one store;
    /// <c>benchmark serve --key-file</c> or <c>BENCHMARK_KEY_SECRET</c>). <see langword="null"/>: for a SQLite store the
    /// file beside it (<c>benchmark.db.key</c>, generated the first time); a PostgreSQL store refuses to start without one.
    /// </summary>
    public KeyRingSecret? KeySecret { get; init; }

    /// <summary>The clock that stamps imports, sign-ins and the audit log; <see cref="TimeProvider.System"/> when <see langword="null"/>.</summary>
    public TimeProvider? Clock { get; init; }
}
