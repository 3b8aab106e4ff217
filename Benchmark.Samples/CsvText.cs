using System.Globalization;
using System.Text;
using CsvHelper;

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

    /// <summary>
    /// The text of CSV records written by CsvHelper's writer with <paramref name="separator"/> and
    /// <paramref name="newLine"/>: a field is quoted only when it holds the separator, a quote or a line break (RFC 4180,
    /// CsvHelper's default). No formula-injection escaping: the sample files hold no text that starts with
    /// <c>=</c> <c>+</c> <c>-</c> <c>@</c>, and they must read back exactly as generated.
    /// </summary>
    public static string Records(char separator, string newLine, Action<CsvWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var options = CsvWriterOptions.Default with { Separator = separator, NewLine = newLine, ValidateFieldCount = false };
        using (var csv = CsvWriter.Create(text, options, leaveOpen: true))
        {
            write(csv);
        }

        return text.ToString();
    }

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
