using System.Globalization;
using System.Text;

namespace Benchmark.Import.Parsing;

/// <summary>
/// Reads a cell as a number under both decimal conventions. Accepted: optional white space around, an optional sign
/// (<c>-</c>, <c>+</c> or <c>−</c>), a <c>€</c> prefix for euro figures, a trailing <c>%</c> for percentages (the value
/// stays in 0–100 units), digits with an optional thousands separator in groups of three and an optional decimal part.
/// </summary>
/// <remarks>
/// Under the comma convention <c>1.234</c> is 1234 (a thousands point) and <c>12.5</c> is not a number; under the point
/// convention <c>1,234</c> is 1234 and <c>12,5</c> is not a number. A grouped number never starts with 0
/// (<c>0.123</c> is only a decimal). Exponents and spaces as thousands separators are not accepted.
/// </remarks>
internal static class NumberParser
{
    internal static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>Reads <paramref name="raw"/>.</summary>
    /// <param name="raw">The cell as written.</param>
    /// <param name="allowPercent">Whether a trailing <c>%</c> is allowed (percentage figures).</param>
    /// <param name="allowEuro">Whether a <c>€</c> prefix is allowed (euro figures).</param>
    public static NumberReading Read(string raw, bool allowPercent, bool allowEuro)
    {
        return TryReadPlain(raw, out var plain) ? plain : ReadGeneral(raw, allowPercent, allowEuro);
    }

    /// <summary>The general path of <see cref="Read"/> (signs, spaces, units, groups, missing markers).</summary>
    internal static NumberReading ReadGeneral(string raw, bool allowPercent, bool allowEuro)
    {
        if (MissingValues.IsMissing(raw))
        {
            return NumberReading.Missing;
        }

        var s = raw.AsSpan().Trim();
        var negative = TakeSign(ref s, out var signed);
        var euro = false;
        if (s.Length > 0 && s[0] == '€')
        {
            euro = true;
            s = s[1..].TrimStart();
            if (!signed)
            {
                negative = TakeSign(ref s, out _);
            }
        }

        var percent = false;
        if (s.Length > 0 && s[^1] == '%')
        {
            percent = true;
            s = s[..^1].TrimEnd();
        }

        var comma = Parse(s, ',', '.');
        var point = Parse(s, '.', ',');
        if (comma is null && point is null)
        {
            return Fail(NumberProblem.NotNumeric);
        }

        if ((comma is { } c && !double.IsFinite(c)) || (point is { } p && !double.IsFinite(p)))
        {
            return Fail(NumberProblem.TooLarge);
        }

        if (percent && !allowPercent)
        {
            return Fail(NumberProblem.PercentNotAllowed);
        }

        if (euro && !allowEuro)
        {
            return Fail(NumberProblem.EuroNotAllowed);
        }

        return new NumberReading(false, NumberProblem.None, negative ? -comma : comma, negative ? -point : point);
    }

    /// <summary>
    /// The fast path for the common cell (a <see cref="PlainNumber"/>): digits with at most one <c>,</c> or <c>.</c>
    /// between them, no sign, space or unit sign. Gives exactly what the general path gives.
    /// </summary>
    internal static bool TryReadPlain(string raw, out NumberReading reading)
    {
        if (PlainNumber.TryRead(raw, out var plain))
        {
            reading = plain.Reading;
            return true;
        }

        reading = default;
        return false;
    }

    private static NumberReading Fail(NumberProblem problem) => new(false, problem, null, null);

    private static bool TakeSign(ref ReadOnlySpan<char> s, out bool signed)
    {
        signed = s.Length > 0 && s[0] is '-' or '+' or '\u2212';
        var negative = signed && s[0] != '+';
        if (signed)
        {
            s = s[1..].TrimStart();
        }

        return negative;
    }

    /// <summary>Parses unsigned digits with <paramref name="decimalSeparator"/> and optional thousands groups.</summary>
    internal static double? Parse(ReadOnlySpan<char> s, char decimalSeparator, char groupSeparator)
    {
        var dec = s.IndexOf(decimalSeparator);
        if (dec >= 0 && s[(dec + 1)..].IndexOf(decimalSeparator) >= 0)
        {
            return null;
        }

        var whole = dec >= 0 ? s[..dec] : s;
        var fraction = dec >= 0 ? s[(dec + 1)..] : [];
        if ((dec >= 0 && (fraction.Length == 0 || !AllDigits(fraction))) || (whole.Length == 0 && dec < 0))
        {
            return null;
        }

        var digits = new StringBuilder(s.Length + 1);
        if (whole.Length == 0)
        {
            digits.Append('0');
        }
        else if (whole.IndexOf(groupSeparator) >= 0)
        {
            if (!AppendGroups(whole, groupSeparator, digits))
            {
                return null;
            }
        }
        else if (AllDigits(whole))
        {
            digits.Append(whole);
        }
        else
        {
            return null;
        }

        if (fraction.Length > 0)
        {
            digits.Append('.').Append(fraction);
        }

        return double.Parse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static bool AppendGroups(ReadOnlySpan<char> whole, char groupSeparator, StringBuilder digits)
    {
        var first = true;
        foreach (var range in whole.Split(groupSeparator))
        {
            var group = whole[range];
            var ok = first ? group.Length is >= 1 and <= 3 && group[0] != '0' : group.Length == 3;
            if (!ok || !AllDigits(group))
            {
                return false;
            }

            digits.Append(group);
            first = false;
        }

        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
