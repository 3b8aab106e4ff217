using Benchmark.Validation;

namespace Benchmark.Store;

/// <summary>A row rejected by an import that stored the valid rows: kept with its text and reasons, never lost.</summary>
/// <param name="Line">The 1-based physical line on which the row starts.</param>
/// <param name="LineCount">The number of physical lines it spans (more than 1 when a quoted field holds a line break).</param>
/// <param name="Text">
/// The row exactly as written in the file, decoded as the importer decoded it, without its final line break (inner line
/// breaks kept).
/// </param>
/// <param name="Reasons">The error findings located on the row: why it was rejected.</param>
public sealed record QuarantinedRow(int Line, int LineCount, string Text, IReadOnlyList<Finding> Reasons)
{
    /// <summary>Whether the two are the same row with the same text and reasons (compared element by element).</summary>
    public bool Equals(QuarantinedRow? other) =>
        other is not null && Line == other.Line && LineCount == other.LineCount && Text == other.Text && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, LineCount, Text);
}
