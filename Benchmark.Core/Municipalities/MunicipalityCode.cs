using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Benchmark.Municipalities;

/// <summary>
/// A CBS municipality code: <c>GM</c> followed by four digits, for example <c>GM0363</c> (Amsterdam).
/// </summary>
/// <remarks>
/// Parsing accepts the forms analysts meet in exported files — <c>GM0363</c>, <c>gm0363</c>, <c>0363</c> and
/// <c>363</c> — and always yields the canonical upper-case form. The value is a number from 0 to 9999.
/// </remarks>
public readonly record struct MunicipalityCode : IComparable<MunicipalityCode>
{
    /// <summary>Creates a code from its number (0–9999).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="number"/> is outside 0–9999.</exception>
    public MunicipalityCode(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        Number = number;
    }

    /// <summary>The number after <c>GM</c>, 0–9999.</summary>
    public int Number { get; }

    /// <summary>Parses a code, throwing on a malformed one. Use <see cref="TryParse(string?, out MunicipalityCode)"/> for data.</summary>
    /// <exception cref="FormatException">When <paramref name="text"/> is not a municipality code.</exception>
    public static MunicipalityCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a CBS municipality code; expected GM followed by four digits, e.g. GM0363.");

    /// <summary>Tries to parse <c>GM0363</c>, <c>gm0363</c>, <c>0363</c> or <c>363</c>; white space around it is ignored.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MunicipalityCode code) =>
        TryParse(text.AsSpan(), out code);

    /// <inheritdoc cref="TryParse(string?, out MunicipalityCode)"/>
    public static bool TryParse(ReadOnlySpan<char> text, out MunicipalityCode code)
    {
        code = default;
        var span = text.Trim();
        if (span.Length > 2 && (span[0] is 'G' or 'g') && (span[1] is 'M' or 'm'))
        {
            span = span[2..];
            if (span.Length != 4)
            {
                return false;
            }
        }

        if (span.Length is < 1 or > 4)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        code = new MunicipalityCode(int.Parse(span, NumberStyles.None, CultureInfo.InvariantCulture));
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

    /// <summary>The canonical form, <c>GM</c> and four digits.</summary>
    public override string ToString() => "GM" + Number.ToString("D4", CultureInfo.InvariantCulture);
}
