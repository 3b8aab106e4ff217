using Benchmark.PeerGroups;
using Benchmark.Statistics;

namespace Benchmark;

/// <summary>How the <see cref="BenchmarkEngine"/> compares. Every default is the documented method; change with <c>with { … }</c>.</summary>
public sealed record BenchmarkOptions
{
    /// <summary>The default options.</summary>
    public static BenchmarkOptions Default { get; } = new();

    /// <summary>The quantile definition of every median, quartile and percentile. Default R7 (Excel PERCENTILE.INC, numpy <c>linear</c>).</summary>
    public QuantileMethod QuantileMethod { get; init; } = QuantileMethod.R7;

    /// <summary>
    /// The smallest number of values in a group before any group statistic (quantiles, ranks, positions) is shown.
    /// Default 5. Smaller groups are suppressed with a stated reason, never an exception.
    /// </summary>
    public int MinimumGroupSize { get; init; } = PeerGroup.DefaultMinimumSize;

    /// <summary>
    /// Survey scores with fewer respondents are flagged as below the publication threshold (and not published). Default
    /// 50. Validation warns by the same threshold (<see cref="Validation.ValidationOptions.Comparison"/>).
    /// </summary>
    public int SurveyPublicationThreshold { get; init; } = SurveyEstimate.DefaultPublicationThreshold;

    /// <summary>
    /// |robust z| = |x − median| / (1.4826 · raw MAD) above which a value is an outlier: a position is flagged, and
    /// validation warns (<see cref="Validation.ValidationOptions.Comparison"/>). Default 3.5 (Iglewicz–Hoaglin).
    /// </summary>
    public double OutlierThreshold { get; init; } = 3.5;

    /// <summary>How many learning partners to name per indicator. Default 5.</summary>
    public int LearningPartnerCount { get; init; } = 5;

    /// <summary>Named groups (learning circles) for <c>group:NAME</c>.</summary>
    public NamedGroups Groups { get; init; } = NamedGroups.Empty;

    /// <summary>Variables, weights and k of the nearest-neighbour peer groups.</summary>
    public NearestNeighbourOptions NearestNeighbours { get; init; } = NearestNeighbourOptions.Default;
}
