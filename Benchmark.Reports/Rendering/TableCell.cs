using SkiaSharp;

namespace Benchmark.Reports.Rendering;

/// <summary>A cell of a drawn table: text (wrapped), optional fill and text colour, and an optional painter for a glyph on the left.</summary>
internal sealed record TableCell(string Text, string? Fill = null, string? Color = null, bool Bold = false)
{
    /// <summary>Draws something in the cell's left padding area (e.g. a quartile marker); the text moves right by <see cref="PainterWidth"/>.</summary>
    public Action<SKCanvas, SKRect>? Painter { get; init; }

    /// <summary>The width the painter takes.</summary>
    public float PainterWidth { get; init; }

    public static implicit operator TableCell(string text) => new(text);
}
