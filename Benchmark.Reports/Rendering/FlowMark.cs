namespace Benchmark.Reports.Rendering;

/// <summary>A point in a <see cref="PageFlow"/> to return to.</summary>
/// <param name="Pages">The number of pages.</param>
/// <param name="Drawings">The number of drawings on the last page.</param>
/// <param name="Y">The cursor.</param>
/// <param name="Bookmarks">The number of bookmarks.</param>
internal readonly record struct FlowMark(int Pages, int Drawings, float Y, int Bookmarks);
