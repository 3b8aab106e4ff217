using BenchmarkDotNet.Attributes;
using Benchmark.Import;
using Benchmark.PeerGroups;

namespace Benchmark.Performance.Benchmarks;

/// <summary>Group statistics and every observation's rank over all units, per indicator × year (generated data, seed 1).</summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private BenchmarkEngine _engine = null!;

    /// <summary>The number of units (the group size); 2 years × 50 indicators.</summary>
    [Params(340, 10_000)]
    public int Units { get; set; }

    /// <summary>Builds the engine.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using var inputs = SyntheticInputs.Create(Units, 2, 50);
        var report = DatasetLoader.Load([inputs.Data], inputs.Options);
        _engine = new BenchmarkEngine(report.Dataset, inputs.Options.Municipalities, inputs.Options.Catalog);
    }

    /// <summary>Statistics of every indicator × year (one group: all units).</summary>
    [Benchmark]
    public int Statistics() => _engine.AllStatistics(PeerGroupSpec.Parse("all")).Count;

    /// <summary>Statistics and ranks of every indicator × year in one pass.</summary>
    [Benchmark]
    public long StatisticsAndRanks()
    {
        long ranked = 0;
        foreach (var ranking in _engine.AllRankings(PeerGroupSpec.Parse("all")))
        {
            ranked += ranking.Statistics.ValueCount;
        }

        return ranked;
    }
}
