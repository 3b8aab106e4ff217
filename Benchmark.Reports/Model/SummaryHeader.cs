namespace Benchmark.Reports.Model;

/// <summary>The column headings of the summary table.</summary>
/// <param name="Indicator">Indicator column.</param>
/// <param name="Value">Value column.</param>
/// <param name="Median">Median column.</param>
/// <param name="Interquartile">Q1–Q3 column.</param>
/// <param name="Rank">Rank column.</param>
/// <param name="Quartile">Quartile column.</param>
/// <param name="Change">Year-on-year column.</param>
/// <param name="Flags">Flags column.</param>
public sealed record SummaryHeader(string Indicator, string Value, string Median, string Interquartile, string Rank, string Quartile, string Change, string Flags);
