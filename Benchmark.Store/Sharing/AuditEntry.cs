namespace Benchmark.Store.Sharing;

/// <summary>One line of the audit log. Never holds a password, token or connection string.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who: a user name, or the name a sign-in attempt gave.</param>
/// <param name="Action">What, as a stable code from <see cref="AuditActions"/>.</param>
/// <param name="Subject">On what (a dataset version, an account, a year), or <see langword="null"/>.</param>
/// <param name="Detail">More, for people, or <see langword="null"/>.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string? Subject, string? Detail)
{
    /// <summary>The store's id (0 before it is stored).</summary>
    public long Id { get; init; }
}
