using Benchmark.Municipalities;

namespace Benchmark.Store.Accounts;

/// <summary>A person (or a researcher's program) who signs in to the shared learning environment. The password hash never leaves the store.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="UserName">The sign-in name (lower case, as stored).</param>
/// <param name="Role">What the account may do.</param>
/// <param name="Municipality">The municipality of an analyst or director; <see langword="null"/> for coordinators and researchers.</param>
/// <param name="Disabled">Whether sign-in is refused.</param>
/// <param name="FailedLogins">Failed sign-ins since the last success.</param>
/// <param name="LockedUntil">Until when sign-in is refused after too many failures; <see langword="null"/> when not locked.</param>
/// <param name="CreatedAt">When the account was made (UTC).</param>
public sealed record Account(
    long Id,
    string UserName,
    Role Role,
    MunicipalityCode? Municipality,
    bool Disabled,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt)
{
    /// <summary>Whether sign-in is refused at <paramref name="now"/> because of too many failures.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
