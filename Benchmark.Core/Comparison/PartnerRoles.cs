namespace Benchmark.Comparison;

/// <summary>The machine codes of <see cref="PartnerRole"/>, as every output (CSV, JSON, API) writes them.</summary>
public static class PartnerRoles
{
    /// <summary>The role's code: <c>learn-from</c> or <c>learns-from-you</c>.</summary>
    public static string Code(this PartnerRole role) => role switch
    {
        PartnerRole.LearnFrom => "learn-from",
        PartnerRole.LearnsFromYou => "learns-from-you",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a partner role"),
    };
}
