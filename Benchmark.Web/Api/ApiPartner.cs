namespace Benchmark.Web.Api;

/// <summary>A learning partner: whom to call (as <c>benchmark partners</c>).</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Municipality">The partner as the caller may see it.</param>
/// <param name="Value">The partner's value.</param>
/// <param name="Rank">The partner's rank in the group.</param>
/// <param name="Distance">Structural distance 0–1; null when unknown.</param>
/// <param name="Role">learn-from (does measurably better) or learns-from-you.</param>
internal sealed record ApiPartner(string Indicator, ApiMunicipality Municipality, double? Value, int Rank, double? Distance, string Role);
