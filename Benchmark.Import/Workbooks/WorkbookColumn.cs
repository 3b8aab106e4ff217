namespace Benchmark.Import.Workbooks;

/// <summary>One column of a workbook written by <see cref="WorkbookWriter"/>.</summary>
/// <param name="Header">The header in row 1.</param>
/// <param name="Decimals">For numbers: the decimals the cell format shows (the stored value keeps full precision); −1 for text.</param>
public sealed record WorkbookColumn(string Header, int Decimals = 2)
{
    /// <summary>A note (comment) on the header cell: the definition of the figure; <see langword="null"/> for none.</summary>
    public string? Note { get; init; }

    /// <summary>The smallest value data validation accepts; <see langword="null"/> for no lower bound.</summary>
    public double? Min { get; init; }

    /// <summary>The largest value data validation accepts; <see langword="null"/> for no upper bound.</summary>
    public double? Max { get; init; }

    /// <summary>The message Excel shows for a value outside <see cref="Min"/>–<see cref="Max"/>.</summary>
    public string? RangeMessage { get; init; }
}
