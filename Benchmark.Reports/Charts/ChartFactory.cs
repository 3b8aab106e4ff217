using Benchmark.Reports.Rendering;
using ScottPlot;

namespace Benchmark.Reports.Charts;

/// <summary>
/// Turns chart models into styled ScottPlot plots: the same plot is drawn as vectors on a PDF page, saved as PNG or
/// SVG by <see cref="ChartFiles"/>, or inspected by tests (series values, highlighted bar, lines, labels).
/// </summary>
/// <remarks>Every plot uses the embedded report font, so charts look the same on every machine.</remarks>
public static partial class ChartFactory
{
    /// <summary>The legend text of the highlighted (focus) element, used by tests and the legend.</summary>
    internal const float TitleSize = 9.5f;
    internal const float TickSize = 7f;
    internal const float LabelSize = 7.5f;

    /// <summary>The colour of the focus municipality's bar, dot or line.</summary>
    public static Color FocusColor => ReportPalette.Plot(ReportPalette.Accent);

    /// <summary>The colour of the other members' bars.</summary>
    public static Color PeerColor => ReportPalette.Plot(ReportPalette.Peer);

    /// <summary>A good height in points for <paramref name="chart"/> at the width of a page's text column.</summary>
    public static float PreferredHeight(RankedBarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.HasNamedBars ? Math.Clamp(95 + (10.5f * chart.Bars.Count), 180, 470) : 250;
    }

    /// <summary>A good height in points for <paramref name="chart"/>.</summary>
    public static float PreferredHeight(PercentileStripChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return 90 + (19f * chart.Items.Count);
    }

    private static Plot NewPlot(string title)
    {
        ReportFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ReportFonts.FamilyName, FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        var ink = ReportPalette.Plot(ReportPalette.Ink);
        if (!string.IsNullOrEmpty(title))
        {
            plot.Title(title, TitleSize);
            plot.Axes.Title.Label.Bold = true;
            plot.Axes.Title.Label.ForeColor = ink;
        }

        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.ForeColor = ink;
            axis.Label.FontSize = LabelSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = ReportPalette.Plot(ReportPalette.Muted);
            axis.MajorTickStyle.Color = ReportPalette.Plot(ReportPalette.Rule);
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = ReportPalette.Plot(ReportPalette.Rule);
        }

        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Color.FromHex("#E8EDF2");
        plot.Legend.FontSize = LabelSize;
        plot.Legend.FontColor = ink;
        plot.Legend.OutlineColor = ReportPalette.Plot(ReportPalette.Rule);
        return plot;
    }

    /// <summary>A compact one- or two-line legend under the plot, outside the data area.</summary>
    private static void BottomLegend(Plot plot)
    {
        var panel = plot.ShowLegend(Edge.Bottom);
        panel.Padding = new PixelPadding(0, 0, 2, 0);
        var legend = panel.Legend;
        legend.Orientation = Orientation.Horizontal;
        legend.FontSize = TickSize;
        legend.FontName = ReportFonts.FamilyName;
        legend.FontColor = ReportPalette.Plot(ReportPalette.Ink);
        legend.OutlineWidth = 0;
        legend.ShadowColor = Colors.Transparent;
        legend.BackgroundColor = Colors.Transparent;
        legend.SymbolWidth = 14;
        legend.Padding = new PixelPadding(0);
        legend.Margin = new PixelPadding(0);
        legend.InterItemPadding = new PixelPadding(4, 6, 1, 1);
        legend.TightHorizontalWrapping = true;
    }

    private static ScottPlot.TickGenerators.NumericAutomatic ValueTicks(ValueFormat format) => new()
    {
        LabelFormatter = format.Tick,
        TargetTickCount = 6,
    };
}
