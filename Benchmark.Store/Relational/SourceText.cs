using System.Text;
using Benchmark.Validation;

namespace Benchmark.Store.Relational;

/// <summary>
/// A file's text as the importer decoded it, split into physical lines and CSV records, so that a rejected row can be
/// kept exactly as written: from the line where it starts to the line where it ends (quoted line breaks included).
/// </summary>
/// <remarks>
/// Line breaks are <c>\r\n</c>, <c>\n</c> or <c>\r</c>, as for the importer's line numbers. Record boundaries come from
/// the same CSV reader with the same options as the importer, so a quoted field with separators or line breaks never
/// splits a row.
/// </remarks>
internal sealed class SourceText
{
    private readonly string _text;
    private readonly List<(int Start, int End)> _lines;
    private readonly int[] _recordStarts;

    private SourceText(string text, List<(int Start, int End)> lines, int[] recordStarts, int headerLine)
    {
        _text = text;
        _lines = lines;
        _recordStarts = recordStarts;
        HeaderLine = headerLine;
    }

    /// <summary>The line of the header: the first record that is not blank (0 when there is none).</summary>
    public int HeaderLine { get; }

    /// <summary>The lines on which data records (not the header) start.</summary>
    public IEnumerable<int> DataRecordLines => _recordStarts.Where(l => l > HeaderLine);

    /// <summary>Decodes <paramref name="bytes"/> with the encoding the importer detected and finds the records.</summary>
    /// <exception cref="ArgumentException">When the encoding label is unknown.</exception>
    public static SourceText Read(byte[] bytes, FileFormatInfo format, int maxRecordSize)
    {
        var (encoding, bom) = format.Encoding switch
        {
            "utf-8" => (Encoding.UTF8, 0),
            "utf-8-bom" => (Encoding.UTF8, 3),
            "windows-1252" => (Windows1252(), 0),
            "utf-16le" => (Encoding.Unicode, 2),
            "utf-16be" => (Encoding.BigEndianUnicode, 2),
            _ => throw new ArgumentException($"Unknown encoding label '{format.Encoding}'.", nameof(format)),
        };
        var text = encoding.GetString(bytes, bom, bytes.Length - bom);
        var (starts, header) = RecordStarts(text, format.Separator, maxRecordSize);
        return new SourceText(text, SplitLines(text), starts, header);
    }

    /// <summary>The record that starts on <paramref name="line"/>: how many lines it spans and its text without the final line break.</summary>
    public (int LineCount, string Text) Record(int line)
    {
        if (line < 1 || line > _lines.Count)
        {
            return (0, string.Empty);
        }

        var index = Array.BinarySearch(_recordStarts, line);
        var next = index < 0 ? line + 1 : index + 1 < _recordStarts.Length ? _recordStarts[index + 1] : _lines.Count + 1;
        var end = Math.Min(next - 1, _lines.Count);
        while (end > line && _lines[end - 1].Start == _lines[end - 1].End)
        {
            end--;
        }

        return (end - line + 1, _text[_lines[line - 1].Start.._lines[end - 1].End]);
    }

    private static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                lines.Add((start, i));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add((start, text.Length));
        return lines;
    }

    /// <summary>
    /// The lines where records start, read by the importer's own CSV layer (<see cref="Import.Parsing.CsvRecordReader"/>),
    /// so that a broken record it skipped (a quote never closed) is one record here too, and the rows after it are rows.
    /// </summary>
    private static (int[] Starts, int Header) RecordStarts(string text, char separator, int maxRecordSize)
    {
        var starts = new List<int>();
        var header = 0;
        using var reader = new Import.Parsing.CsvRecordReader(new StringReader(text), separator, maxRecordSize);
        while (reader.Read())
        {
            var line = reader.Current.Line;
            starts.Add(line);
            if (header == 0 && !reader.Current.IsBlank)
            {
                header = line;
                reader.SkipsBrokenRecords = true;
            }
        }

        // A skipped record is a record of its own line; where reading stopped, the rest is no record (the file is rejected).
        starts.AddRange(reader.Skipped.Select(s => s.Line));
        starts.Sort();
        return ([.. starts.Distinct()], header);
    }
}
