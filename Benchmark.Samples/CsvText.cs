using System.Globalization;
using System.Text;

namespace Benchmark.Samples;

/// <summary>Writes CSV text byte for byte: number formats and encodings pinned in code, never taken from the machine.</summary>
internal static class CsvText
{
    /// <summary>
    /// The nl-NL number conventions (decimal comma), pinned here rather than read from the machine's culture data, so an
    /// ICU update cannot change a byte. No thousands separators are written.
    /// </summary>
    public static NumberFormatInfo Dutch { get; } = Create(",");

    /// <summary>English number conventions (decimal point), likewise pinned.</summary>
    public static NumberFormatInfo English { get; } = Create(".");

    /// <summary>Formats <paramref name="value"/> with exactly <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals, NumberFormatInfo format) =>
        value.ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), format);

    /// <summary>Quotes a field when it holds the separator, a quote or a line break.</summary>
    public static string Field(string text, char separator) =>
        text.Contains(separator, StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
            || text.Contains('\r', StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal)
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    /// <summary>UTF-8 bytes of <paramref name="text"/>, with or without the byte order mark.</summary>
    public static byte[] Utf8(string text, bool byteOrderMark)
    {
        var encoding = new UTF8Encoding(byteOrderMark);
        var preamble = encoding.GetPreamble();
        var body = encoding.GetBytes(text);
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, preamble.Length);
        return bytes;
    }

    private static NumberFormatInfo Create(string decimalSeparator)
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.NumberDecimalSeparator = decimalSeparator;
        format.NumberGroupSeparator = decimalSeparator == "," ? "." : ",";
        format.NegativeSign = "-";
        return NumberFormatInfo.ReadOnly(format);
    }
}
