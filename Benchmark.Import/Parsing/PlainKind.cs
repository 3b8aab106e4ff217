namespace Benchmark.Import.Parsing;

/// <summary>How a plain number depends on the decimal convention (see <see cref="PlainNumber.Classify"/>).</summary>
/// <remarks>The values are the bits the reader packs with a held value's shape flags: keep them 0–3.</remarks>
internal enum PlainKind
{
    /// <summary>Both conventions read the same number (no separator).</summary>
    Exact = 0,

    /// <summary>Only the decimal-comma convention reads it (<c>1,5</c>).</summary>
    ProvesComma = 1,

    /// <summary>Only the decimal-point convention reads it (<c>1.5</c>).</summary>
    ProvesPoint = 2,

    /// <summary>Both conventions read it, differently (<c>1.234</c>: 1.234 or 1234).</summary>
    Ambiguous = 3,
}
