namespace Benchmark.Internal;

/// <summary>
/// Gives the memory of a large working set back to the system at the end of a stage (the builder's columns once the
/// dataset holds them, the validation state once the accepted dataset is built).
/// </summary>
/// <remarks>
/// The stages of a large load allocate their working sets as large arrays of numbers, which the runtime only frees
/// in a full collection and keeps committed for reuse afterwards; the next stage's arrays have other sizes, so the
/// process would hold both. One blocking full collection that decommits what is free costs a few milliseconds here
/// (arrays of numbers are not traced), and on 10M observations lowers the peak by about a third. Below
/// <see cref="From"/> observations, or unless the host opted in with <see cref="ProcessMemory.ReleaseAfterLargeStages"/>,
/// nothing happens.
/// </remarks>
internal static class LargeDataMemory
{
    /// <summary>The number of observations from which a stage's end releases memory.</summary>
    public const int From = 1_000_000;

    /// <summary>Releases the free memory when the host opted in and <paramref name="observations"/> is at least <see cref="From"/>.</summary>
    public static void Release(int observations)
    {
        if (observations >= From && ProcessMemory.ReleaseAfterLargeStages)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
