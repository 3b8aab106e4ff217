namespace Benchmark.Validation.Checks;

/// <summary>One (indicator, year) slice of the raw dataset: its grid column and its range of observations.</summary>
/// <param name="Column">The grid column of the indicator.</param>
/// <param name="Year">The year.</param>
/// <param name="Start">The index of the first observation.</param>
/// <param name="Length">The number of observations (duplicates included).</param>
internal readonly record struct SliceRef(int Column, int Year, int Start, int Length);
