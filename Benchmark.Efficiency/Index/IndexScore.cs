using Benchmark.Municipalities;

namespace Benchmark.Efficiency.Index;

/// <summary>One municipality's composite index: nominal value and rank, and the rank interval of the uncertainty analysis.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Value">The nominal index value (higher = better in every indicator's direction).</param>
/// <param name="Rank">Nominal rank, 1 = best ("1224" ties).</param>
/// <param name="RankLow">5th percentile of the Monte Carlo ranks (best plausible rank); the nominal rank without draws.</param>
/// <param name="RankMedian">Median Monte Carlo rank.</param>
/// <param name="RankHigh">95th percentile of the Monte Carlo ranks (worst plausible rank).</param>
/// <param name="Coverage">Share of the total weight with a value.</param>
public sealed record IndexScore(MunicipalityCode Municipality, double Value, int Rank, double RankLow, double RankMedian, double RankHigh, double Coverage);
