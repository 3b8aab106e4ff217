using Benchmark.Store.Accounts;

namespace Benchmark.Web.Demo;

/// <summary>A demo account and its generated password (shown once at start, never stored in clear).</summary>
/// <param name="Account">The account.</param>
/// <param name="Password">The generated password.</param>
/// <param name="Token">A researcher's API token, or <see langword="null"/>.</param>
public sealed record DemoAccount(Account Account, string Password, string? Token);
