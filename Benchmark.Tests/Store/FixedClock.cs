namespace Benchmark.Tests.Store;

/// <summary>A clock that stands still until told to move: imports get known timestamps.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
