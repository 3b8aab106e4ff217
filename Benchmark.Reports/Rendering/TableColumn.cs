namespace Benchmark.Reports.Rendering;

/// <summary>A column of a drawn table: heading, width in points, alignment, and whether the heading is rotated.</summary>
internal sealed record TableColumn(string Header, float Width, bool AlignRight = false, bool RotateHeader = false);
