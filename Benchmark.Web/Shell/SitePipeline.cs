using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmark.Web.Shell;

/// <summary>The request pipeline: forwarded headers, security headers, error pages without stack traces, sign-in, pages.</summary>
internal static class SitePipeline
{
    public static void Configure(WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // The API's errors are problem+json in the caller's language, also those no endpoint wrote (a query value of the wrong type, a wrong method).
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), api => api.UseStatusCodePages(c => Api.ApiCall.StatusProblem(c.HttpContext)));
        app.UseRequestSizeLimit(app.Services.GetRequiredService<WebOptions>().MaxUploadBytes + BenchmarkWeb.RequestOverhead);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStaticAssets();
        app.MapGet("/health", (IDatasetStore store) =>
        {
            try
            {
                _ = store.YearStates();
                return Results.Text("ok", "text/plain");
            }
            catch (System.Data.Common.DbException)
            {
                return Results.Text("store unreachable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
        Api.ApiEndpoints.Map(app);
        app.MapRazorPages();
        _ = app.Services.GetRequiredService<IDatasetStore>();
    }
}
