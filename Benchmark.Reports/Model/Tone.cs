namespace Benchmark.Reports.Model;

/// <summary>
/// How a figure is coloured. Directional indicators get a judgement by quartile (<see cref="Best"/> … <see cref="Worst"/>);
/// neutral indicators only a position (<see cref="Low"/> … <see cref="High"/>), never good or bad.
/// </summary>
public enum Tone
{
    /// <summary>No colour (missing, suppressed).</summary>
    None,

    /// <summary>Best quartile of a directional indicator.</summary>
    Best,

    /// <summary>Second quartile (better than the median) of a directional indicator.</summary>
    Good,

    /// <summary>Third quartile (worse than the median) of a directional indicator.</summary>
    Weak,

    /// <summary>Least favourable quartile of a directional indicator.</summary>
    Worst,

    /// <summary>Lowest quartile of a neutral indicator (a position, not a judgement).</summary>
    Low,

    /// <summary>Second quartile from below of a neutral indicator.</summary>
    MidLow,

    /// <summary>Third quartile from below of a neutral indicator.</summary>
    MidHigh,

    /// <summary>Highest quartile of a neutral indicator.</summary>
    High,
}
