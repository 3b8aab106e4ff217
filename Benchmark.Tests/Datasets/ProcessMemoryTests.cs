using Benchmark.Internal;

namespace Benchmark.Tests.Datasets;

/// <summary>
/// Library code forces no garbage collection unless the host opts in (issue #11): the CLI does, a web server or a
/// notebook does not. Non-parallelizable: it sets a process-wide switch and counts the process's full collections.
/// </summary>
[NonParallelizable]
public sealed class ProcessMemoryTests
{
    [TearDown]
    public void Reset() => ProcessMemory.ReleaseAfterLargeStages = false;

    [Test]
    public void Release_ByDefault_ForcesNoCollection()
    {
        Assert.That(ProcessMemory.ReleaseAfterLargeStages, Is.False);
        var before = GC.CollectionCount(GC.MaxGeneration);

        LargeDataMemory.Release(10 * LargeDataMemory.From);

        Assert.That(GC.CollectionCount(GC.MaxGeneration), Is.EqualTo(before));
    }

    [Test]
    public void Release_WhenTheHostOptsIn_CollectsFromTheThresholdOn()
    {
        ProcessMemory.ReleaseAfterLargeStages = true;
        var before = GC.CollectionCount(GC.MaxGeneration);

        LargeDataMemory.Release(LargeDataMemory.From);

        Assert.That(GC.CollectionCount(GC.MaxGeneration), Is.GreaterThan(before));
    }
}
