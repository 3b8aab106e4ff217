using Benchmark.Reports.Charts;

namespace Benchmark.Reports.Model;

/// <summary>One indicator: where the municipality stands, why, and whom to learn from.</summary>
/// <param name="Code">The indicator code.</param>
/// <param name="Heading">The indicator name.</param>
/// <param name="Subheading">Unit, direction and definition in one line.</param>
/// <param name="Paragraphs">The generated text stating the position with the numbers.</param>
/// <param name="KeyFigures">Value, median, Q1–Q3, rank (and interval for survey indicators).</param>
/// <param name="Ranking">The ranked bar chart of the peer group; <see langword="null"/> when the group is suppressed.</param>
/// <param name="Trend">The trend chart; <see langword="null"/> when there is a single year.</param>
/// <param name="Partners">The learning partners.</param>
/// <param name="Notice">A warning shown prominently (suppression reason, series break), or <see langword="null"/>.</param>
public sealed record IndicatorSection(
    string Code,
    string Heading,
    string Subheading,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Fact> KeyFigures,
    RankedBarChart? Ranking,
    TrendChart? Trend,
    PartnerList Partners,
    string? Notice);
