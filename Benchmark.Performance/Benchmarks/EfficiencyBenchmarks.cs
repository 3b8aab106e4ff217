using BenchmarkDotNet.Attributes;
using Benchmark.Efficiency;
using Benchmark.Efficiency.Index;

namespace Benchmark.Performance.Benchmarks;

/// <summary>
/// The efficiency methods on the bundled samples (342 municipalities, 2019–2024): the default DEA for every
/// municipality of 2024 (targets: ≤ 2 s with start-up), the 1,000-draw index Monte Carlo over all of them (≤ 5 s),
/// and one structural regression.
/// </summary>
[MemoryDiagnoser]
public class EfficiencyBenchmarks
{
    private EfficiencyEngine _engine = null!;

    /// <summary>Loads the samples.</summary>
    [GlobalSetup]
    public void Setup() => _engine = new EfficiencyEngine(SampleInputs.Engine());

    /// <summary>DEA (BCC-I, two phases, super-efficiency) of every municipality of 2024.</summary>
    [Benchmark]
    public int DeaAllMunicipalities() => _engine.Dea(2024).Result.Scores.Count;

    /// <summary>The composite index with 1,000 Monte Carlo draws over every municipality of 2024.</summary>
    [Benchmark]
    public int IndexMonteCarlo1000() => _engine.Index(2024, IndexOptions.Default with { Draws = 1000 }).Scores.Count;

    /// <summary>The Huber regression of overhead % on structure over every municipality of 2024.</summary>
    [Benchmark]
    public int ExpectedOverhead() => _engine.Expected("overhead_pct", 2024).Values.Count;
}
