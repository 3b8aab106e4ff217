using System.Net;
using System.Text.RegularExpressions;

namespace Benchmark.Tests.Web.Pages;

/// <summary>The chart images a page links (the <c>src</c> of its <c>img</c> elements, decoded).</summary>
internal static partial class ChartLinks
{
    public static IReadOnlyList<string> Of(string html) => [.. ImageSource().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>The SVG of every chart of <paramref name="page"/> as <paramref name="client"/> gets it, joined.</summary>
    public static async Task<string> AllSvgAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative)).ConfigureAwait(false);
        var svgs = new List<string>();
        foreach (var src in Of(html))
        {
            svgs.Add(await client.GetStringAsync(new Uri(src, UriKind.Relative)).ConfigureAwait(false));
        }

        Assert.That(svgs, Is.Not.Empty, $"{page} has charts");
        return string.Join('\n', svgs);
    }

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex ImageSource();
}
