namespace Benchmark.Store.Accounts;

/// <summary>When failed sign-ins lock an account.</summary>
public sealed record LockoutPolicy
{
    /// <summary>Five failures lock the account for fifteen minutes.</summary>
    public static LockoutPolicy Default { get; } = new();

    /// <summary>The number of consecutive failures that locks the account.</summary>
    public int MaxFailures { get; init; } = 5;

    /// <summary>How long a locked account refuses sign-in (the correct password included).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(15);
}
