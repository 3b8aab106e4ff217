namespace Benchmark.Reports.Rendering;

/// <content>Going back to an earlier point, to lay a section out again in another way (e.g. tighter, to avoid a nearly empty page).</content>
internal sealed partial class PageFlow
{
    /// <summary>The current point: pages, drawings on the last page, cursor and bookmarks.</summary>
    public FlowMark Mark() => new(_pages.Count, _pages[^1].Count, Y, Bookmarks.Count);

    /// <summary>Removes everything laid out after <paramref name="mark"/>.</summary>
    public void Restore(FlowMark mark)
    {
        _pages.RemoveRange(mark.Pages, _pages.Count - mark.Pages);
        var last = _pages[^1];
        last.RemoveRange(mark.Drawings, last.Count - mark.Drawings);
        Y = mark.Y;
        Bookmarks.RemoveRange(mark.Bookmarks, Bookmarks.Count - mark.Bookmarks);
    }
}
