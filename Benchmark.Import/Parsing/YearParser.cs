using System.Globalization;

namespace Benchmark.Import.Parsing;

/// <summary>Parses a year: a whole number of at most 9 digits, surrounding white space ignored.</summary>
internal static class YearParser
{
    /// <summary>Tries to parse <paramref name="raw"/> as a year (the range is checked by the caller).</summary>
    public static bool TryParse(string raw, out int year)
    {
        var span = raw.AsSpan().Trim();
        year = 0;
        if (span.Length is 0 or > 9)
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

        year = int.Parse(span, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }
}
