namespace Benchmark.Export.Results;

/// <summary>
/// A rank in its group as one cell: written <c>3/20</c> in CSV, JSON, xlsx and the terminal; a DataFrame takes
/// <see cref="Rank"/> as a whole number (its <c>n</c> column holds <see cref="Count"/>).
/// </summary>
/// <param name="Rank">The rank, 1 = best.</param>
/// <param name="Count">The number of ranked values.</param>
public readonly record struct RankText(int Rank, int Count)
{
    /// <summary>The rank and the number ranked: <c>3/20</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Rank}/{Count}");
}
