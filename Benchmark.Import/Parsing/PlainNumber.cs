using System.Globalization;
using System.Numerics;

namespace Benchmark.Import.Parsing;

/// <summary>
/// A plain cell held without its text: digits with at most one <c>,</c> or <c>.</c> between them — no sign, space or
/// unit sign, at most 16 characters (15 digits without a separator) — as most figures in a file are written. It keeps
/// everything the text says (the digits as one integer, the length and where the separator is), so that
/// <see cref="ToString"/> gives the text back exactly and <see cref="Reading"/> gives what the general number parser
/// gives for it.
/// </summary>
/// <remarks>
/// Packed in 8 bytes: the digits (at most 15, below 2⁵⁰), the length, the separator's place and kind. This fast path
/// relies on most cells of a large file being plain (docs/performance.md measured it); everything else goes through
/// the general <see cref="NumberParser"/>, and a test checks that both read every plain cell the same.
/// </remarks>
internal readonly record struct PlainNumber
{
    private const int MaxLength = 16;
    private const int LengthShift = 50;
    private const int SeparatorShift = 55;
    private const int CommaShift = 60;
    private const long MantissaMask = (1L << LengthShift) - 1;

    private readonly long _bits;

    /// <summary>Creates a plain number from its parts.</summary>
    /// <param name="mantissa">The integer of all digits (leading zeros are restored from <paramref name="length"/>).</param>
    /// <param name="length">The number of characters, 1–16.</param>
    /// <param name="separatorAt">The index of the separator, or −1 for an integer.</param>
    /// <param name="separatorIsComma">Whether the separator is a comma (else a point; false for an integer).</param>
    public PlainNumber(long mantissa, int length, int separatorAt, bool separatorIsComma) =>
        _bits = mantissa
            | ((long)length << LengthShift)
            | ((long)(separatorAt + 1) << SeparatorShift)
            | (separatorIsComma ? 1L << CommaShift : 0);

    /// <summary>The integer of all digits.</summary>
    public long Mantissa => _bits & MantissaMask;

    /// <summary>The number of characters.</summary>
    public int Length => (int)((_bits >> LengthShift) & 31);

    /// <summary>The index of the separator, or −1 for an integer.</summary>
    public int SeparatorAt => (int)((_bits >> SeparatorShift) & 31) - 1;

    /// <summary>Whether the separator is a comma (else a point; false for an integer).</summary>
    public bool SeparatorIsComma => ((_bits >> CommaShift) & 1) != 0;

    /// <summary>Whether the cell has a separator (and so depends on the decimal convention unless read the same either way).</summary>
    public bool HasSeparator => SeparatorAt >= 0;

    /// <summary>
    /// What the cell says under each convention: the integer of all digits divided by a power of ten (both exact
    /// doubles, so the one IEEE division rounds correctly, as <see cref="double.Parse(string)"/> does), or the integer
    /// when the separator can be a thousands separator (a first group of 1–3 digits not starting with 0, then exactly 3).
    /// </summary>
    public NumberReading Reading =>
        Classify(out var asComma, out var asPoint) switch
        {
            PlainKind.Exact => new NumberReading(false, NumberProblem.None, asComma, asPoint),
            PlainKind.ProvesComma => new NumberReading(false, NumberProblem.None, asComma, null),
            PlainKind.ProvesPoint => new NumberReading(false, NumberProblem.None, null, asPoint),
            _ => new NumberReading(false, NumberProblem.None, asComma, asPoint),
        };

    /// <summary>
    /// What <see cref="Reading"/> says, without building it (the hot path of a large file): whether the number depends
    /// on the decimal convention, and how.
    /// </summary>
    /// <param name="asComma">The value under the decimal-comma convention (the integer when there is no separator).</param>
    /// <param name="asPoint">The value under the decimal-point convention.</param>
    /// <returns>How the number depends on the convention.</returns>
    public PlainKind Classify(out double asComma, out double asPoint)
    {
        var mantissa = Mantissa;
        var separatorAt = SeparatorAt;
        if (separatorAt < 0)
        {
            asComma = asPoint = mantissa;
            return PlainKind.Exact;
        }

        var length = Length;
        var decimals = length - separatorAt - 1;
        var asDecimal = mantissa / NumberParser.PowersOfTen[decimals];
        var thousands = separatorAt <= 3 && decimals == 3 && mantissa >= NumberParser.PowersOfTen[length - 2];
        if (SeparatorIsComma)
        {
            (asComma, asPoint) = (asDecimal, thousands ? mantissa : double.NaN);
            return thousands ? PlainKind.Ambiguous : PlainKind.ProvesComma;
        }

        (asComma, asPoint) = (thousands ? mantissa : double.NaN, asDecimal);
        return thousands ? PlainKind.Ambiguous : PlainKind.ProvesPoint;
    }

    /// <summary>Reads a plain cell from its characters; false for anything else.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, out PlainNumber plain) => TryRead<char>(text, out plain);

    /// <summary>Reads a plain cell from its UTF-8 bytes (as the CSV reader hands them over); false for anything else.</summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, out PlainNumber plain) => TryRead<byte>(utf8, out plain);

    /// <summary>The cell as written.</summary>
    public override string ToString()
    {
        var digits = Mantissa.ToString(CultureInfo.InvariantCulture).PadLeft(HasSeparator ? Length - 1 : Length, '0');
        return HasSeparator ? digits.Insert(SeparatorAt, SeparatorIsComma ? "," : ".") : digits;
    }

    /// <summary>The one reading loop for characters and UTF-8 bytes (plain cells are ASCII either way).</summary>
    private static bool TryRead<T>(ReadOnlySpan<T> text, out PlainNumber plain)
        where T : unmanaged, IBinaryInteger<T>
    {
        plain = default;
        var length = text.Length;
        if (length is 0 or > MaxLength || !IsDigit(int.CreateTruncating(text[0])) || !IsDigit(int.CreateTruncating(text[length - 1])))
        {
            return false;
        }

        long mantissa = 0;
        var separatorAt = -1;
        for (var i = 0; i < length; i++)
        {
            var c = int.CreateTruncating(text[i]);
            if (IsDigit(c))
            {
                mantissa = (mantissa * 10) + (c - '0');
            }
            else if ((c is ',' or '.') && separatorAt < 0)
            {
                separatorAt = i;
            }
            else
            {
                return false;
            }
        }

        return Make(mantissa, length, separatorAt, separatorAt >= 0 && int.CreateTruncating(text[separatorAt]) == ',', out plain);
    }

    private static bool Make(long mantissa, int length, int separatorAt, bool comma, out PlainNumber plain)
    {
        // An integer of 16 digits may not be exact as a double; leave it to the general path.
        plain = separatorAt < 0 && length >= MaxLength ? default : new PlainNumber(mantissa, length, separatorAt, comma);
        return separatorAt >= 0 || length < MaxLength;
    }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;
}
