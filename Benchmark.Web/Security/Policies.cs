using Benchmark.Store.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Benchmark.Web.Security;

/// <summary>
/// The authorization policies pages use: <c>[Authorize(Policy = Policies.Coordinator)]</c>. Names are the roles they admit.
/// </summary>
internal static class Policies
{
    /// <summary>The coordinator only.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Who may upload: analysts (their own municipality) and the coordinator (all).</summary>
    public const string Uploader = "uploader";

    /// <summary>Who reads the pages of municipalities: coordinator, analysts and directors (not researchers: they use the API).</summary>
    public const string Member = "member";

    /// <summary>Researchers (the JSON API with a bearer token) and everyone who may read pages.</summary>
    public const string Researcher = "researcher";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Coordinator, p => p.RequireRole(Role.Coordinator.Code()));
        options.AddPolicy(Uploader, p => p.RequireRole(Role.Coordinator.Code(), Role.Analyst.Code()));
        options.AddPolicy(Member, p => p.RequireRole(Role.Coordinator.Code(), Role.Analyst.Code(), Role.Director.Code()));
        options.AddPolicy(Researcher, p => p.RequireRole(Role.Researcher.Code(), Role.Coordinator.Code(), Role.Analyst.Code(), Role.Director.Code()));
    }
}
