using Benchmark.Text;

namespace Benchmark.Catalog;

/// <summary>One figure of the benchmark, as the catalogue defines it.</summary>
/// <remarks>
/// Codes are lower-case ASCII (<c>overhead_pct</c>); headers in files are matched through <see cref="Aliases"/>
/// case- and space-insensitively. A definition change is a new entry in <see cref="Versions"/>, which marks a
/// series break from its first year on.
/// </remarks>
public sealed record Indicator
{
    /// <summary>The stable code, e.g. <c>overhead_pct</c>.</summary>
    public required IndicatorCode Code { get; init; }

    /// <summary>Short name for tables and charts.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>What the figure measures and how it is defined.</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>The unit of the values.</summary>
    public required Unit Unit { get; init; }

    /// <summary>Which way is better; decides ranks and colours.</summary>
    public required Direction Direction { get; init; }

    /// <summary>Raw, structural, derived or survey.</summary>
    public required IndicatorKind Kind { get; init; }

    /// <summary>Values outside this range are impossible: an error, the value is rejected.</summary>
    public ValueRange ValidRange { get; init; } = ValueRange.Unbounded;

    /// <summary>Values outside this range are possible but suspicious: a warning, the value is kept.</summary>
    public ValueRange PlausibleRange { get; init; } = ValueRange.Unbounded;

    /// <summary>Whether a value of exactly zero is almost certainly a placeholder for "not delivered" (a warning).</summary>
    public bool ZeroIsImplausible { get; init; }

    /// <summary>For derived indicators: the formula from raw figures; otherwise <see langword="null"/>.</summary>
    public DerivedFormula? Formula { get; init; }

    /// <summary>For survey indicators: where the respondents and standard deviation are; otherwise <see langword="null"/>.</summary>
    public SurveyFields? Survey { get; init; }

    /// <summary>Definition versions, oldest first; empty when the definition never changed.</summary>
    public IReadOnlyList<DefinitionVersion> Versions { get; init; } = [];

    /// <summary>Other header names that mean this indicator (Dutch and English), matched like the code.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The definition that applies in <paramref name="year"/>; <see langword="null"/> when there are no versions or the year precedes them all.</summary>
    public DefinitionVersion? DefinitionFor(int year) => Versions.LastOrDefault(v => v.ValidFrom <= year);

    /// <summary>
    /// Whether the series breaks between <paramref name="year"/> − 1 and <paramref name="year"/>: a definition version
    /// other than the first starts in <paramref name="year"/>.
    /// </summary>
    public bool IsSeriesBreak(int year) => Versions.Skip(1).Any(v => v.ValidFrom == year);

    /// <summary>Whether two years fall under different definitions, so a change between them is not comparable.</summary>
    public bool CrossesSeriesBreak(int fromYear, int toYear)
    {
        var (a, b) = fromYear <= toYear ? (fromYear, toYear) : (toYear, fromYear);
        return Versions.Skip(1).Any(v => v.ValidFrom > a && v.ValidFrom <= b);
    }
}
