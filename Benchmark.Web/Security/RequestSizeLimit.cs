using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Benchmark.Web.Security;

/// <summary>
/// Refuses a request whose declared body is larger than the limit with 413 before anything reads it (Kestrel also stops
/// a body that grows past the limit without declaring its length).
/// </summary>
internal static class RequestSizeLimit
{
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long limit) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > limit)
        {
            // The error page is shown for a GET without a body: the oversized body is never read.
            context.Request.Method = HttpMethods.Get;
            context.Request.Body = Stream.Null;
            context.Request.ContentLength = 0;
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await next(context).ConfigureAwait(false);
    });
}
