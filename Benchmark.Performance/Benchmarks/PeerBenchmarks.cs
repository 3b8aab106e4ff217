using BenchmarkDotNet.Attributes;
using Benchmark.PeerGroups;

namespace Benchmark.Performance.Benchmarks;

/// <summary>Nearest-neighbour peers and peer-group statistics on the bundled samples (342 municipalities, 2019–2024).</summary>
[MemoryDiagnoser]
public class PeerBenchmarks
{
    private BenchmarkEngine _engine = null!;

    /// <summary>Loads the samples.</summary>
    [GlobalSetup]
    public void Setup() => _engine = SampleInputs.Engine();

    /// <summary>The 15 structurally nearest municipalities of Zwolle in 2024.</summary>
    [Benchmark]
    public int NearestPeers() => _engine.Peers(2024, PeerGroupSpec.Parse("nearest"), SampleInputs.Zwolle).Members.Count;

    /// <summary>Structural distances from Zwolle to every municipality in 2024.</summary>
    [Benchmark]
    public int Distances() => _engine.Distances(2024, SampleInputs.Zwolle).Count;

    /// <summary>Zwolle's position on every indicator in its size class (what benchmark compare prints).</summary>
    [Benchmark]
    public int Compare() => _engine.Compare(2024, SampleInputs.Zwolle).Positions.Count;
}
