namespace Benchmark.Catalog;

/// <summary>An inclusive range of values; an open end is <see langword="null"/>.</summary>
/// <param name="Min">The smallest allowed value, inclusive, or <see langword="null"/> for no lower bound.</param>
/// <param name="Max">The largest allowed value, inclusive, or <see langword="null"/> for no upper bound.</param>
public sealed record ValueRange(double? Min, double? Max)
{
    /// <summary>A range without bounds.</summary>
    public static ValueRange Unbounded { get; } = new(null, null);

    /// <summary>Whether <paramref name="value"/> lies within the range (bounds included). NaN is never within.</summary>
    public bool Contains(double value) =>
        !double.IsNaN(value) && (Min is null || value >= Min) && (Max is null || value <= Max);
}
