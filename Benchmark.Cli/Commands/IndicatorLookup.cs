using Benchmark.Catalog;

namespace Benchmark.Cli.Commands;

/// <summary>Finds an indicator by code or alias, or says which exist.</summary>
internal static class IndicatorLookup
{
    public static Indicator Find(BenchmarkEngine engine, string text) =>
        engine.Catalog.FindByHeader(text)
        ?? throw new UsageException($"Unknown indicator '{text}'. Comparable indicators: {string.Join(", ", engine.ComparableIndicators.Select(i => i.Code))}.");
}
