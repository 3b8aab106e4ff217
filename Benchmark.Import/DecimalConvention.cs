namespace Benchmark.Import;

/// <summary>How numbers in a file write their decimals.</summary>
public enum DecimalConvention
{
    /// <summary>Detect per file from the numbers themselves (the default); ambiguous numbers become findings naming <c>--decimal</c>.</summary>
    Auto,

    /// <summary>Decimal comma, optional point as thousands separator: <c>1.234,5</c> (Dutch Excel, CBS).</summary>
    Comma,

    /// <summary>Decimal point, optional comma as thousands separator: <c>1,234.5</c>.</summary>
    Point,
}
