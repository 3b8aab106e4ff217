using System.Globalization;

namespace Benchmark.Text;

/// <summary>
/// How a CSV file writes fields and numbers: <see cref="Invariant"/> for scripts (<c>,</c>, decimal point, no byte order
/// mark) or <see cref="ExcelNl"/> for a Dutch Excel (<c>;</c>, decimal comma, UTF-8 byte order mark so that "–" and
/// "ë" survive). Numbers never use an exponent (the importer reads none). Text fields are written by CsvHelper's writer
/// (<c>Benchmark.Import.Workbooks.SpreadsheetCsv</c>, with formula-injection escaping), not here.
/// </summary>
/// <param name="Name">The name on the command line: <c>invariant</c> or <c>excel-nl</c>.</param>
/// <param name="Separator">The field separator.</param>
/// <param name="DecimalSeparator">The decimal separator of numbers.</param>
/// <param name="ByteOrderMark">Whether the file starts with the UTF-8 byte order mark.</param>
public sealed record CsvDialect(string Name, char Separator, char DecimalSeparator, bool ByteOrderMark)
{
    /// <summary>
    /// The significant digits kept of a number whose shortest round-trip form has 15 or more: one subtraction of values
    /// up to 1,000 times the result leaves its noise beyond the 12th digit (a double carries 15–17).
    /// </summary>
    public const int SignificantDigits = 12;

    /// <summary>For scripts and other tools: <c>,</c>, decimal point, UTF-8 without byte order mark.</summary>
    public static CsvDialect Invariant { get; } = new("invariant", ',', '.', false);

    /// <summary>For a Dutch Excel: <c>;</c>, decimal comma, UTF-8 with byte order mark.</summary>
    public static CsvDialect ExcelNl { get; } = new("excel-nl", ';', ',', true);

    /// <summary>The dialects by name.</summary>
    public static IReadOnlyList<CsvDialect> All { get; } = [Invariant, ExcelNl];

    /// <summary>The dialect called <paramref name="name"/> (case-insensitive), or <see langword="null"/>.</summary>
    public static CsvDialect? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A number in this dialect without arithmetic noise: the shortest text that round-trips; when that needs 15 or more
    /// significant digits (the mark of a computed number, not of delivered data) it is rounded to
    /// <see cref="SignificantDigits"/>: <c>6.279999999999999</c> becomes <c>6.28</c>, <c>-0.5699999999999994</c> becomes
    /// <c>-0.57</c>.
    /// </summary>
    public string Number(double value) => WithSeparator(Plain(Clean(value)));

    /// <summary>A number in this dialect that round-trips exactly (for data that must import back bit for bit).</summary>
    public string ExactNumber(double value) => WithSeparator(Plain(value.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>Writes the byte order mark when the dialect has one; call first.</summary>
    public void Begin(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (ByteOrderMark)
        {
            writer.Write('\uFEFF');
        }
    }

    private static string Clean(double value)
    {
        var exact = value.ToString("R", CultureInfo.InvariantCulture);
        var significant = exact.Split('E')[0].Replace("-", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').Length;
        return significant < 15 ? exact : value.ToString("G" + SignificantDigits, CultureInfo.InvariantCulture);
    }

    private string WithSeparator(string invariant) => DecimalSeparator == '.' ? invariant : invariant.Replace('.', DecimalSeparator);

    /// <summary>Rewrites an exponent form ("1E-07") as plain digits ("0.0000001").</summary>
    private static string Plain(string text)
    {
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = text[..e];
        var sign = mantissa.StartsWith('-') ? "-" : string.Empty;
        mantissa = mantissa.TrimStart('-');
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var position = (point < 0 ? mantissa.Length : point) + exponent;
        var plain = position <= 0
            ? "0." + new string('0', -position) + digits
            : position >= digits.Length
                ? digits + new string('0', position - digits.Length)
                : digits[..position] + "." + digits[position..];
        return sign + plain;
    }
}
