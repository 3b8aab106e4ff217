using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Benchmark.Municipalities;

/// <summary>
/// A municipality code: <c>GM</c> followed by four digits as CBS writes them, for example <c>GM0363</c> (Amsterdam), or
/// by five digits (<c>GM12345</c>): extended codes for units beyond the CBS range, such as synthetic or non-Dutch local
/// units.
/// </summary>
/// <remarks>
/// Parsing accepts the forms analysts meet in exported files — <c>GM0363</c>, <c>gm0363</c>, <c>0363</c> and
/// <c>363</c>, and for an extended code <c>GM12345</c>, <c>gm12345</c> and <c>12345</c> (five digits never start with
/// 0: <c>GM01234</c> is malformed) — and always yields the canonical upper-case form. The value is a number from 0 to
/// 99,999; codes compare by that number.
/// </remarks>
public readonly record struct MunicipalityCode : IComparable<MunicipalityCode>
{
    /// <summary>The largest code number: <c>GM99999</c>.</summary>
    public const int MaxNumber = 99_999;

    /// <summary>The largest number of a CBS code written with four digits: <c>GM9999</c>; larger numbers are extended codes.</summary>
    public const int MaxFourDigitNumber = 9999;

    /// <summary>Creates a code from its number (0–99,999).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="number"/> is outside 0–99,999.</exception>
    public MunicipalityCode(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxNumber);
        Number = number;
    }

    /// <summary>The number after <c>GM</c>, 0–99,999.</summary>
    public int Number { get; }

    /// <summary>Parses a code, throwing on a malformed one. Use <see cref="TryParse(string?, out MunicipalityCode)"/> for data.</summary>
    /// <exception cref="FormatException">When <paramref name="text"/> is not a municipality code.</exception>
    public static MunicipalityCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException(
                $"'{text}' is not a municipality code; expected GM followed by four digits, e.g. GM0363, or by five digits not starting with 0 for an extended code, e.g. GM12345.");

    /// <summary>
    /// Tries to parse <c>GM0363</c>, <c>gm0363</c>, <c>0363</c> or <c>363</c>, or an extended code <c>GM12345</c> or
    /// <c>12345</c>; white space around it is ignored.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MunicipalityCode code) =>
        TryParse(text.AsSpan(), out code);

    /// <inheritdoc cref="TryParse(string?, out MunicipalityCode)"/>
    public static bool TryParse(ReadOnlySpan<char> text, out MunicipalityCode code)
    {
        code = default;
        var span = text.Trim();
        var prefixed = span.Length > 2 && (span[0] is 'G' or 'g') && (span[1] is 'M' or 'm');
        if (prefixed)
        {
            span = span[2..];
        }

        // Four digits after GM (any number of 1–4 bare), or five digits whose first is not 0 (0–9999 have one form only).
        var fits = span.Length == 5 ? span[0] != '0' : prefixed ? span.Length == 4 : span.Length is >= 1 and <= 4;
        if (!fits)
        {
            return false;
        }

        var number = 0;
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        code = new MunicipalityCode(number);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(MunicipalityCode other) => Number.CompareTo(other.Number);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(MunicipalityCode left, MunicipalityCode right) => left.Number < right.Number;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(MunicipalityCode left, MunicipalityCode right) => left.Number > right.Number;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(MunicipalityCode left, MunicipalityCode right) => left.Number <= right.Number;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(MunicipalityCode left, MunicipalityCode right) => left.Number >= right.Number;

    /// <summary>The canonical form: <c>GM</c> and four digits for 0–9999 (<c>GM0363</c>), five for an extended code (<c>GM12345</c>).</summary>
    public override string ToString() => "GM" + Number.ToString("D4", CultureInfo.InvariantCulture);
}
