namespace Benchmark.Comparison;

/// <summary>What a reader must know about a position before trusting it.</summary>
[Flags]
public enum PositionFlags
{
    /// <summary>Nothing to note.</summary>
    None = 0,

    /// <summary>The municipality has no value for the indicator in the year.</summary>
    Missing = 1,

    /// <summary>The group has fewer values than the minimum group size: no group statistic is shown.</summary>
    Suppressed = 2,

    /// <summary>The definition changed from the previous year: the year-on-year change is not comparable.</summary>
    SeriesBreak = 4,

    /// <summary>|robust z| is above the outlier threshold.</summary>
    Outlier = 8,

    /// <summary>A survey score whose difference to the peer median is not statistically significant (5 %).</summary>
    NotSignificant = 16,

    /// <summary>A survey score with fewer respondents than the publication threshold.</summary>
    BelowPublicationThreshold = 32,

    /// <summary>The municipality is not a member of the group it is compared with (a learning circle it is not in).</summary>
    NotInGroup = 64,
}
