using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmark.Web.Api;

/// <summary>
/// The read-only JSON API <c>/api/v1/…</c> (researchers with a bearer token, members with their cookie) and its OpenAPI
/// document at <c>/openapi/v1.json</c>. Same engine, suppression and anonymisation as the pages.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>The OpenAPI document service.</summary>
    public static void AddServices(IServiceCollection services) =>
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);

    /// <summary>Maps the endpoints and the OpenAPI document.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1").WithTags("Benchmark").AllowAnonymous();
        api.MapGet("/datasets", (HttpContext c) => ApiCall.Run(c, ApiQueries.Datasets))
            .WithSummary(ApiDocs.Summary("/datasets")).Produces<List<ApiDataset>>().ProducesProblem(401);
        api.MapGet("/indicators", (HttpContext c) => ApiCall.Run(c, ApiQueries.Indicators))
            .WithSummary(ApiDocs.Summary("/indicators")).Produces<List<ApiIndicator>>().ProducesProblem(401);
        api.MapGet("/municipalities", (HttpContext c, int? year) => ApiCall.Run(c, r => ApiQueries.Municipalities(r, year)))
            .WithSummary(ApiDocs.Summary("/municipalities")).Produces<List<ApiMunicipality>>().ProducesProblem(401).ProducesProblem(404);
        api.MapGet("/statistics/{indicator}", (HttpContext c, string indicator, int? year, string? group) => ApiCall.Run(c, r => ApiQueries.Statistics(r, indicator, year, group)))
            .WithSummary(ApiDocs.Summary("/statistics/{indicator}")).Produces<List<ApiStatistics>>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404);
        api.MapGet("/positions/{municipality}", (HttpContext c, string municipality, int? year, string? group) => ApiCall.Run(c, r => ApiQueries.Positions(r, municipality, year, group)))
            .WithSummary(ApiDocs.Summary("/positions/{municipality}")).Produces<List<ApiPosition>>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404);
        api.MapGet("/league/{indicator}", (HttpContext c, string indicator, int? year, string? group, string? municipality) => ApiCall.Run(c, r => ApiQueries.League(r, indicator, year, group, municipality)))
            .WithSummary(ApiDocs.Summary("/league/{indicator}")).Produces<List<ApiLeagueTable>>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404);
        api.MapGet("/partners/{municipality}", (HttpContext c, string municipality, int? year, string? indicator, string? group) => ApiCall.Run(c, r => ApiQueries.Partners(r, municipality, year, indicator, group)))
            .WithSummary(ApiDocs.Summary("/partners/{municipality}")).Produces<List<ApiPartner>>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404);
        // Only for GET: another method on a known call is 405, on an unknown one 404 (both problem+json by ApiCall.StatusProblem).
        api.MapFallback((HttpContext c) => ApiCall.Problem(StatusCodes.Status404NotFound, ApiCall.LanguageOf(c), new("Deze API-aanroep bestaat niet; zie /api.", "This API call does not exist; see /api.")))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]))
            .ExcludeFromDescription();
    }
}
