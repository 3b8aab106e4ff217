using Microsoft.AspNetCore.Builder;

namespace Benchmark.Web.Security;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (no inline script or style, nothing from elsewhere, no
/// framing; images only from the site itself), no MIME sniffing, no referrer, no powerful features, and no caching of
/// pages that may hold figures (chart images say themselves that only the reader's browser may keep them).
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            // Pages may hold figures: never kept. A response that says how it may be kept itself (a chart image: private,
            // with its ETag) keeps that.
            if (!context.Request.Path.StartsWithSegments("/static", StringComparison.Ordinal) && string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next(context).ConfigureAwait(false);
    });
}
