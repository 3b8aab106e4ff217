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

    /// <summary>
    /// The fill of a tone; white for <see cref="Tone.None"/>. Colour-blind safe: favourable in blue, less favourable in
    /// orange (a blue–orange scale reads the same with red–green colour blindness), neutral in purple from light (low)
    /// to dark (high); dark and light shades tell the outer quarters from the inner ones.
    /// </summary>
    public static string Fill(Tone tone) => tone switch
    {
        Tone.Best => "#1F6AA5",
        Tone.Good => "#A6CCE8",
        Tone.Weak => "#F7C48B",
        Tone.Worst => "#C4561D",
        Tone.Low => "#EEE9F4",
        Tone.MidLow => "#D3C7E3",
        Tone.MidHigh => "#A692C6",
        Tone.High => "#6A5497",
        _ => "#FFFFFF",
    };

    /// <summary>Whether text on <paramref name="tone"/>'s fill must be white to stay readable.</summary>
    public static bool IsDark(Tone tone) => tone is Tone.Best or Tone.Worst or Tone.High;

    /// <summary>A symbol for a tone that does not rely on colour: ▲▲ best quarter … ▼▼ least favourable quarter.</summary>
    public static string Symbol(Tone tone) => tone switch
    {
        Tone.Best => "++",
        Tone.Good => "+",
        Tone.Weak => "−",
        Tone.Worst => "−−",
        _ => string.Empty,
    };

    /// <summary>
    /// A colour for text or markers of <paramref name="tone"/> on white: the same hue as its fill (the dot in the overview
    /// and the cell in the table agree), dark enough to read.
    /// </summary>
    public static string Stroke(Tone tone) => tone switch
    {
        Tone.Best => "#1F6AA5",
        Tone.Good => "#5B9BD0",
        Tone.Weak => "#E08A2E",
        Tone.Worst => "#C4561D",
        Tone.Low or Tone.MidLow or Tone.MidHigh or Tone.High => "#6A5497",
        _ => Muted,
    };

    public static SKColor Sk(string hex) => SKColor.Parse(hex);

    public static ScottPlot.Color Plot(string hex) => ScottPlot.Color.FromHex(hex);
}
