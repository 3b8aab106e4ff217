namespace Benchmark.Samples;

/// <summary>How <see cref="SampleGenerator"/> makes the synthetic sample files. Every default is the one the committed
/// <c>samples/</c> were made with; change with <c>with { … }</c>.</summary>
public sealed record SampleOptions
{
    /// <summary>The default options: seed 2024, years 2019–2024, about 2–3 % missing values, planted outliers.</summary>
    public static SampleOptions Default { get; } = new();

    /// <summary>The seed of every random draw. Default 2024. The same seed and registry give the same bytes on any machine.</summary>
    public int Seed { get; init; } = 2024;

    /// <summary>The first year generated (inclusive). Default 2019.</summary>
    public int FirstYear { get; init; } = 2019;

    /// <summary>The last year generated (inclusive). Default 2024.</summary>
    public int LastYear { get; init; } = 2024;

    /// <summary>
    /// The chance that one delivered figure of a municipality-year is missing (an empty cell, <c>-</c> or <c>n.v.t.</c>).
    /// Default 0.02; with the internal survey that is sometimes not held, about 2–3 % of the figure cells are missing.
    /// Structural figures (inhabitants, area, address density) are never missing.
    /// </summary>
    public double MissingRate { get; init; } = 0.02;

    /// <summary>Whether to plant the documented valid outliers (overhead 19 %, …; see <c>samples/README.md</c>). Default <see langword="true"/>.</summary>
    public bool PlantOutliers { get; init; } = true;

    /// <summary>How many municipalities the long-format examples hold. Default 40.</summary>
    public int LongSampleMunicipalities { get; init; } = 40;

    /// <summary>
    /// The municipalities of the synthetic respondent file (<c>survey/respondenten-YYYY.csv</c>, last year only): by
    /// default the members of "Leerkring Oost" in <c>samples/groups.csv</c>. Empty for no respondent file.
    /// </summary>
    public IReadOnlyList<string> SurveyMunicipalities { get; init; } =
        ["GM0193", "GM0150", "GM0200", "GM0153", "GM0164", "GM0141", "GM0301", "GM0202", "GM0268"];
}
