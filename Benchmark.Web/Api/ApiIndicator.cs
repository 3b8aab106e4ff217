namespace Benchmark.Web.Api;

/// <summary>A comparable indicator of the catalogue.</summary>
/// <param name="Code">The code used in every other call.</param>
/// <param name="Name">The name in the caller's language.</param>
/// <param name="Unit">The unit (percent, euro-per-inhabitant, …).</param>
/// <param name="Direction">lower-is-better, higher-is-better or neutral.</param>
internal sealed record ApiIndicator(string Code, string Name, string Unit, string Direction);
