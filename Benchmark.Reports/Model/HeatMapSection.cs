namespace Benchmark.Reports.Model;

/// <summary>The members of a learning circle side by side: values coloured by quartile within the circle.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Intro">A paragraph above the table.</param>
/// <param name="IndicatorHeading">The heading of the indicator column.</param>
/// <param name="MedianHeading">The heading of the median column.</param>
/// <param name="Members">The member names (or letters), in column order.</param>
/// <param name="FocusColumn">The column of the focus municipality, or <see langword="null"/>.</param>
/// <param name="Rows">One row per indicator.</param>
/// <param name="Legend">Lines explaining the colours.</param>
/// <param name="Notice">Why statistics are suppressed, or <see langword="null"/>.</param>
public sealed record HeatMapSection(
    string Heading,
    string Intro,
    string IndicatorHeading,
    string MedianHeading,
    IReadOnlyList<string> Members,
    int? FocusColumn,
    IReadOnlyList<HeatMapRow> Rows,
    IReadOnlyList<string> Legend,
    string? Notice);
