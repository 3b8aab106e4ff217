using BenchmarkDotNet.Attributes;
using Benchmark.Catalog;
using Benchmark.Efficiency;
using Benchmark.Efficiency.Index;
using Benchmark.Reports.Composition;

namespace Benchmark.Performance.Benchmarks;

/// <summary>
/// The efficiency methods on the bundled samples (342 municipalities, 2019–2024): the default DEA for every
/// municipality of 2024 (targets: ≤ 2 s with start-up), the 1,000-draw index Monte Carlo over all of them (≤ 5 s),
/// one structural regression, and what the efficiency page adds to composing a report.
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

    /// <summary>Composes Zwolle's 2024 report with the efficiency page (its DEA, index and — cached — regressions).</summary>
    [Benchmark]
    public int ComposeReport() => MunicipalityReportComposer.Compose(_engine.Engine, SampleInputs.Zwolle, 2024).Indicators.Count;

    /// <summary>The same report without the efficiency page: the difference is what the page costs per report.</summary>
    [Benchmark]
    public int ComposeReportWithoutEfficiency() =>
        MunicipalityReportComposer.Compose(_engine.Engine, SampleInputs.Zwolle, 2024, ReportOptions.Default with { Efficiency = false }).Indicators.Count;

    /// <summary>The Huber regression of overhead % on structure over every municipality of 2024.</summary>
    [Benchmark]
    public int ExpectedOverhead() => _engine.Expected(IndicatorCode.Parse("overhead_pct"), 2024).Values.Count;
}
