using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Benchmark.Web.Charts;

/// <summary>
/// A chart served as an image of its own (the <c>chart</c> handler of a read page, after the page's own sign-in,
/// visibility and anonymity checks): <c>image/svg+xml</c> with a strong ETag (304 on <c>If-None-Match</c>), kept only in
/// the reader's own browser (<c>Cache-Control: private</c>) for <see cref="MaxAge"/> when the URL names this very content.
/// </summary>
internal static class ChartResponse
{
    /// <summary>How long a browser may reuse a chart whose URL names its content (<c>v</c> = <see cref="ChartImage.Version"/>).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    /// <summary>The media type of the charts.</summary>
    public const string ContentType = "image/svg+xml";

    /// <summary>
    /// The response for <paramref name="image"/>; <paramref name="version"/> is the <c>v</c> of the URL. When it is not
    /// this content's version (an old page, another language), the browser must check again before each reuse.
    /// </summary>
    public static IActionResult Serve(HttpResponse response, ChartImage image, string? version)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(image);
        response.Headers.CacheControl = version == image.Version ? $"private, max-age={(int)MaxAge.TotalSeconds}" : "private, no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        return new FileContentResult(image.Svg.ToArray(), ContentType) { EntityTag = new EntityTagHeaderValue(image.ETag) };
    }

    /// <summary>The URL of chart <paramref name="id"/> of a page: <paramref name="page"/> (the page's chart handler with its view) and the content version.</summary>
    public static string Link(string page, string id, ChartImage image)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(image);
        return $"{page}&id={Uri.EscapeDataString(id)}&v={image.Version}";
    }
}
