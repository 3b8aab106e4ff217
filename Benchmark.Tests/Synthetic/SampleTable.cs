using System.Globalization;
using System.Text;

namespace Benchmark.Tests.Synthetic;

/// <summary>A generated sample file split into header and rows, for assertions (the samples never need quoting).</summary>
internal sealed class SampleTable
{
    private static readonly string[] MissingMarkers = ["", "-", "n.v.t."];

    private SampleTable(IReadOnlyList<string> header, IReadOnlyList<string[]> rows, char decimalSeparator)
    {
        Header = header;
        Rows = rows;
        DecimalSeparator = decimalSeparator;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public char DecimalSeparator { get; }

    public static SampleTable Parse(ReadOnlyMemory<byte> content, char separator, string newLine, char decimalSeparator)
    {
        var text = new UTF8Encoding(false, true).GetString(content.Span);
        text = text.TrimStart('\uFEFF');
        Assert.That(text, Does.EndWith(newLine), "every line, the last included, ends with the line terminator");
        var lines = text[..^newLine.Length].Split(newLine);
        var header = lines[0].Split(separator);
        var rows = lines.Skip(1).Select(l => l.Split(separator)).ToList();
        Assert.That(rows.Select(r => r.Length), Is.All.EqualTo(header.Length), "every row has as many fields as the header");
        return new SampleTable(header, rows, decimalSeparator);
    }

    public int Column(string header)
    {
        var index = Header.ToList().IndexOf(header);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"column '{header}'");
        return index;
    }

    public static bool IsMissing(string field) => MissingMarkers.Contains(field);

    /// <summary>The number in <paramref name="field"/>, or null for a missing marker.</summary>
    public double? Number(string field)
    {
        if (IsMissing(field))
        {
            return null;
        }

        var invariant = DecimalSeparator == ',' ? field.Replace(',', '.') : field;
        Assert.That(double.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value), Is.True, $"'{field}' is a plain number");
        return value;
    }
}
