using Benchmark.Reports.Charts;
using ScottPlot;

namespace Benchmark.Web.Charts;

/// <summary>
/// A report chart as an SVG image for a page: drawn by the report's own chart factory (ScottPlot's SVG output), so the
/// page shows the chart of the PDF. A page links it as an image of its own (<see cref="ChartResponse.Link"/>, served by
/// <see cref="ChartResponse"/>) with a text alternative in <c>alt</c> and the numbers in a table beside it.
/// </summary>
internal static class SvgImage
{
    /// <summary>The width of a chart in CSS pixels; the image scales down on narrow screens.</summary>
    public const int Width = 540;

    /// <summary>The ranked bar chart, the trend chart or the percentile overview; <see langword="null"/> for anything else.</summary>
    public static ChartImage? Of(object? chart) => chart switch
    {
        RankedBarChart ranked => Of(ranked),
        TrendChart trend => Of(trend),
        PercentileStripChart strip => Of(strip),
        _ => null,
    };

    /// <summary>The ranked bar chart.</summary>
    public static ChartImage Of(RankedBarChart chart) =>
        Drawn.GetValue(chart, c => Draw(ChartFactory.Create((RankedBarChart)c), Width, Scaled(ChartFactory.PreferredHeight((RankedBarChart)c))));

    /// <summary>The trend chart.</summary>
    public static ChartImage Of(TrendChart chart) => Drawn.GetValue(chart, c => Draw(ChartFactory.Create((TrendChart)c), Width, 260));

    /// <summary>The percentile overview.</summary>
    public static ChartImage Of(PercentileStripChart chart) =>
        Drawn.GetValue(chart, c => Draw(ChartFactory.Create((PercentileStripChart)c), Width, Scaled(ChartFactory.PreferredHeight((PercentileStripChart)c))));

    /// <summary>Charts already drawn, by the chart object (a cached report's charts are drawn once; kept while the chart lives).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, ChartImage> Drawn = [];

    /// <summary>The height at <see cref="Width"/> of a chart the report draws <paramref name="preferred"/> high at 480 wide.</summary>
    private static int Scaled(float preferred) => (int)Math.Clamp(preferred * Width / 480f, 220, 800);

    /// <summary>The SVG of <paramref name="plot"/> at <paramref name="width"/> × <paramref name="height"/> CSS pixels.</summary>
    public static ChartImage Draw(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return new ChartImage(plot.GetSvgXml(width, height), width, height);
    }
}
