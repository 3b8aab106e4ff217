using Benchmark.Catalog;

namespace Benchmark.Import.Headers;

/// <summary>One column of a header.</summary>
/// <param name="Index">The 0-based position.</param>
/// <param name="Header">The header as written in the file.</param>
/// <param name="Role">What the column holds.</param>
/// <param name="Indicator">The figure, for <see cref="ColumnRole.Figure"/> (and a duplicate of one).</param>
/// <param name="DuplicateOf">For <see cref="ColumnRole.Duplicate"/>: the index of the column that keeps the role.</param>
/// <param name="DuplicateRole">For <see cref="ColumnRole.Duplicate"/>: the role it would have had.</param>
internal sealed record HeaderColumn(int Index, string Header, ColumnRole Role, Indicator? Indicator = null, int DuplicateOf = -1, ColumnRole DuplicateRole = ColumnRole.Unknown);
