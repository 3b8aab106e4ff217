using ScottPlot;

namespace Benchmark.Reports.Charts;

/// <summary>Writes a chart on its own, as PNG or SVG, with the embedded report font.</summary>
public static class ChartFiles
{
    /// <summary>The default size of a chart file in pixels.</summary>
    public const int DefaultWidth = 900;

    /// <summary>The default height of a chart file in pixels.</summary>
    public const int DefaultHeight = 520;

    /// <summary>Saves <paramref name="plot"/> as PNG or SVG, chosen by the extension of <paramref name="path"/> (.png or .svg).</summary>
    /// <exception cref="ArgumentException">When the extension is neither .png nor .svg.</exception>
    public static void Save(Plot plot, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path).ToUpperInvariant();
        var scale = width / 600f;
        plot.ScaleFactor = scale;
        try
        {
            switch (extension)
            {
                case ".PNG":
                    plot.SavePng(path, width, height);
                    break;
                case ".SVG":
                    plot.ScaleFactor = 1;
                    File.WriteAllText(path, plot.GetSvgXml(width, height));
                    break;
                default:
                    throw new ArgumentException($"A chart is written as .png or .svg, not '{extension.ToLowerInvariant()}' ({path}).", nameof(path));
            }
        }
        finally
        {
            plot.ScaleFactor = 1;
        }
    }
}
