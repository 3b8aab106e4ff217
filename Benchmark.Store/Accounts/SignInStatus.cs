namespace Benchmark.Store.Accounts;

/// <summary>What a sign-in attempt gave.</summary>
public enum SignInStatus
{
    /// <summary>Name and password are right; the account may use the site.</summary>
    Success,

    /// <summary>Unknown name or wrong password (deliberately not told apart).</summary>
    Failed,

    /// <summary>Too many failures: refused until the lock-out ends, even with the right password.</summary>
    LockedOut,

    /// <summary>The account was disabled by a coordinator.</summary>
    Disabled,
}
