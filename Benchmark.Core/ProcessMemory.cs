namespace Benchmark;

/// <summary>The host's choice how a large load treats the process's memory.</summary>
/// <remarks>
/// Library code never forces a garbage collection on its own: a web server or a notebook shares the process and its
/// collector with other work. A host that runs one large load and exits — the <c>benchmark</c> command line — opts in
/// with <see cref="ReleaseAfterLargeStages"/>, which lowers its peak memory on 10M observations by about a third
/// (docs/performance.md).
/// </remarks>
public static class ProcessMemory
{
    /// <summary>
    /// Whether the stages of a large load (from 1,000,000 observations: the build of the dataset, validation) end with
    /// one blocking full collection that gives the free memory back to the system. Off by default; process-wide.
    /// </summary>
    public static bool ReleaseAfterLargeStages { get; set; }
}
