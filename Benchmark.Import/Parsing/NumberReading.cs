namespace Benchmark.Import.Parsing;

/// <summary>
/// What a cell says as a number, under each decimal convention: <see cref="AsComma"/> reads <c>,</c> as the decimal
/// separator and <c>.</c> as the thousands separator; <see cref="AsPoint"/> the other way round. Either is
/// <see langword="null"/> when the text is not a number under that convention.
/// </summary>
/// <param name="IsMissing">Whether the cell is a missing-value marker.</param>
/// <param name="Problem">Why the cell is not a number, when neither convention reads it.</param>
/// <param name="AsComma">The value under the decimal-comma convention.</param>
/// <param name="AsPoint">The value under the decimal-point convention.</param>
internal readonly record struct NumberReading(bool IsMissing, NumberProblem Problem, double? AsComma, double? AsPoint)
{
    /// <summary>A missing value.</summary>
    public static NumberReading Missing => new(true, NumberProblem.None, null, null);

    /// <summary>Whether both conventions give the same number (<c>1234</c>, <c>-5</c>): no decision needed.</summary>
    public bool IsExact => AsComma is { } c && AsPoint is { } p && c.Equals(p);

    /// <summary>Whether only the comma convention reads it (<c>12,5</c>, <c>1.234,56</c>, <c>0,123</c>).</summary>
    public bool ProvesComma => AsComma is not null && AsPoint is null;

    /// <summary>Whether only the point convention reads it (<c>12.5</c>, <c>1,234.56</c>, <c>0.123</c>).</summary>
    public bool ProvesPoint => AsPoint is not null && AsComma is null;

    /// <summary>Whether both conventions read it, differently (<c>1.234</c>, <c>1,234</c>).</summary>
    public bool IsAmbiguous => AsComma is not null && AsPoint is not null && !IsExact;

    /// <summary>The value under a convention: <see langword="true"/> for decimal comma.</summary>
    public double? Under(bool decimalComma) => decimalComma ? AsComma : AsPoint;
}
