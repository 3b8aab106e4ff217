using Benchmark.Reports.Model;
using SkiaSharp;

namespace Benchmark.Reports.Rendering;

/// <summary>The report's colours, for page drawing (SkiaSharp) and charts (ScottPlot).</summary>
internal static class ReportPalette
{
    public const string Ink = "#1E2A38";
    public const string Muted = "#5F6B7A";
    public const string Rule = "#C9D1DA";
    public const string Heading = "#173B5C";
    public const string Accent = "#E06A1B";
    public const string Peer = "#AEB7C2";
    public const string Median = "#2B2B2B";
    public const string Quartile = "#6B7785";
    public const string Band = "#DCE6F0";
    public const string Shade = "#F2F5F8";
    public const string Notice = "#FFF4E5";

    /// <summary>The fill of a tone; white for <see cref="Tone.None"/>.</summary>
    public static string Fill(Tone tone) => tone switch
    {
        Tone.Best => "#2F8F5B",
        Tone.Good => "#A8D5A0",
        Tone.Weak => "#F6C08F",
        Tone.Worst => "#D1495B",
        Tone.Low => "#E3ECF6",
        Tone.MidLow => "#BCD2E8",
        Tone.MidHigh => "#86ABD1",
        Tone.High => "#4F7FB0",
        _ => "#FFFFFF",
    };

    /// <summary>Whether text on <paramref name="tone"/>'s fill must be white to stay readable.</summary>
    public static bool IsDark(Tone tone) => tone is Tone.Best or Tone.Worst or Tone.High;

    /// <summary>A colour for text or markers of <paramref name="tone"/> on white (stronger than the fill).</summary>
    public static string Stroke(Tone tone) => tone switch
    {
        Tone.Best or Tone.Good => "#2F8F5B",
        Tone.Weak or Tone.Worst => "#C0392B",
        Tone.Low or Tone.MidLow or Tone.MidHigh or Tone.High => "#4F7FB0",
        _ => Muted,
    };

    public static SKColor Sk(string hex) => SKColor.Parse(hex);

    public static ScottPlot.Color Plot(string hex) => ScottPlot.Color.FromHex(hex);
}
