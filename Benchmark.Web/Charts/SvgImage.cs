using Benchmark.Reports.Charts;
using ScottPlot;

namespace Benchmark.Web.Charts;

/// <summary>
/// A report chart as an SVG image for a page: drawn by the report's own chart factory (ScottPlot's SVG output), so the
/// page shows the chart of the PDF. Given as a <c>data:</c> URL for an <c>&lt;img&gt;</c> (the Content-Security-Policy
/// allows images from data URLs, and an image cannot run script); the page puts a text alternative in <c>alt</c> and the
/// numbers in a table beside it.
/// </summary>
internal static class SvgImage
{
    /// <summary>The width of a chart in CSS pixels; the image scales down on narrow screens.</summary>
    public const int Width = 540;

    /// <summary>The ranked bar chart.</summary>
    public static string Of(RankedBarChart chart) =>
        Drawn.GetValue(chart, c => DataUrl(ChartFactory.Create((RankedBarChart)c), Width, (int)Math.Clamp(ChartFactory.PreferredHeight((RankedBarChart)c) * Width / 480f, 220, 800)));

    /// <summary>The trend chart.</summary>
    public static string Of(TrendChart chart) => Drawn.GetValue(chart, c => DataUrl(ChartFactory.Create((TrendChart)c), Width, 260));

    /// <summary>The percentile overview.</summary>
    public static string Of(PercentileStripChart chart) =>
        Drawn.GetValue(chart, c => DataUrl(ChartFactory.Create((PercentileStripChart)c), Width, (int)Math.Clamp(ChartFactory.PreferredHeight((PercentileStripChart)c) * Width / 480f, 220, 800)));

    /// <summary>Charts already drawn, by the chart object (a cached report's charts are drawn once; kept while the chart lives).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, string> Drawn = [];

    /// <summary>The SVG of <paramref name="plot"/> as a <c>data:image/svg+xml</c> URL.</summary>
    public static string DataUrl(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var svg = plot.GetSvgXml(width, height);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
