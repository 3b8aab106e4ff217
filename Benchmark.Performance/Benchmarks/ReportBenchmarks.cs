using BenchmarkDotNet.Attributes;
using Benchmark.Catalog;
using Benchmark.Reports.Charts;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Rendering;

namespace Benchmark.Performance.Benchmarks;

/// <summary>One municipality's PDF report and one chart, on the bundled samples.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private BenchmarkEngine _engine = null!;

    /// <summary>Loads the samples.</summary>
    [GlobalSetup]
    public void Setup() => _engine = SampleInputs.Engine();

    /// <summary>Composes and renders Zwolle's 2024 report to PDF bytes.</summary>
    [Benchmark]
    public int Report() => PdfReportWriter.ToBytes(MunicipalityReportComposer.Compose(_engine, SampleInputs.Zwolle, 2024)).Length;

    /// <summary>Composes Zwolle's overhead section and renders its ranked chart to PNG bytes.</summary>
    [Benchmark]
    public int Chart()
    {
        var section = MunicipalityReportComposer.ComposeIndicator(_engine, SampleInputs.Zwolle, 2024, IndicatorCode.Parse("overhead_pct"));
        using var plot = ChartFactory.Create(section.Ranking!);
        return plot.GetImageBytes(800, 450, ScottPlot.ImageFormat.Png).Length;
    }
}
