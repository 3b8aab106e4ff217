namespace Benchmark.Reports.Rendering;

/// <summary>How a run of text looks: weight, size in points, colour and line height.</summary>
internal sealed record TextStyle(bool Bold, float Size, string Color, float Leading)
{
    public static TextStyle Body { get; } = new(false, 9.5f, ReportPalette.Ink, 13.5f);

    public static TextStyle Small { get; } = new(false, 8f, ReportPalette.Ink, 11f);

    public static TextStyle Note { get; } = new(false, 7.5f, ReportPalette.Muted, 10f);

    public static TextStyle Heading1 { get; } = new(true, 17f, ReportPalette.Heading, 22f);

    public static TextStyle Heading2 { get; } = new(true, 13.5f, ReportPalette.Heading, 18f);

    public static TextStyle Heading3 { get; } = new(true, 10.5f, ReportPalette.Heading, 14f);

    public TextStyle WithColor(string color) => this with { Color = color };
}
