using Benchmark.Import.Parsing;
using Benchmark.Municipalities;

namespace Benchmark.Import.Reading;

/// <summary>
/// A value of an accepted row, held until the file's decimal convention is known: 40 bytes, without the text as
/// written (see <see cref="PendingValues"/>, which keeps or rebuilds it for the findings that quote it).
/// </summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Year">The year.</param>
/// <param name="Line">The line on which the record starts.</param>
/// <param name="Column">The 0-based column of the value.</param>
/// <param name="Indicator">The figure, as an index into <see cref="PendingValues.Indicators"/>.</param>
/// <param name="Flags">The reading's flags and, for a plain cell, its shape (see <see cref="PendingValues"/>).</param>
/// <param name="AsComma">The value under the decimal-comma convention (when <see cref="Flags"/> says there is one).</param>
/// <param name="AsPoint">The value under the decimal-point convention (likewise).</param>
internal readonly record struct PendingValue(
    MunicipalityCode Municipality, int Year, int Line, int Column, int Indicator, int Flags, double AsComma, double AsPoint)
{
    internal const int MissingFlag = 1;
    internal const int CommaFlag = 1 << 1;
    internal const int PointFlag = 1 << 2;
    internal const int PlainFlag = 1 << 3;
    internal const int SeparatorIsCommaFlag = 1 << 4;
    internal const int ProblemShift = 5;
    internal const int LengthShift = 8;
    internal const int SeparatorShift = 13;

    /// <summary>The reading, as <see cref="NumberParser.Read"/> gave it.</summary>
    public NumberReading Reading => new(
        (Flags & MissingFlag) != 0,
        (NumberProblem)((Flags >> ProblemShift) & 7),
        (Flags & CommaFlag) != 0 ? AsComma : null,
        (Flags & PointFlag) != 0 ? AsPoint : null);
}
