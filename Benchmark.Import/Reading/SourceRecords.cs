using Benchmark.Import.Detection;
using Benchmark.Import.Workbooks;
using Benchmark.Validation;

namespace Benchmark.Import.Reading;

/// <summary>
/// A file's text as the importer decoded it, split into physical lines and CSV records, so that a rejected row can be
/// kept exactly as written: from the line where it starts to the line where it ends (quoted line breaks included). The
/// store quarantines rejected rows with it, without decoding or splitting the file itself.
/// </summary>
/// <remarks>
/// Line breaks are <c>\r\n</c>, <c>\n</c> or <c>\r</c>, as for the importer's line numbers. Record boundaries come from
/// the same CSV reader with the same options as the importer, so a quoted field with separators or line breaks never
/// splits a row.
/// </remarks>
public sealed class SourceRecords
{
    private readonly string _text;
    private readonly List<(int Start, int End)> _lines;
    private readonly int[] _recordStarts;

    private SourceRecords(string text, List<(int Start, int End)> lines, int[] recordStarts, int headerLine)
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

    /// <summary>
    /// The records of a file the importer read with <paramref name="format"/>: a text file decoded as it was, a workbook
    /// as the rows of the sheet that was read (one line per sheet row, <c>;</c>-separated).
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="format">The format the importer detected (<see cref="FileReport.Format"/>).</param>
    /// <param name="maxRecordSize">The importer's limit on one record (<see cref="ImportOptions.MaxRecordSize"/>).</param>
    /// <returns>The records, or <see langword="null"/> when the workbook's sheet cannot be read again.</returns>
    /// <exception cref="ArgumentException">When the encoding label is unknown.</exception>
    public static SourceRecords? Of(byte[] bytes, FileFormatInfo format, int maxRecordSize)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(format);
        if (format.Sheet is null)
        {
            return Read(bytes, format, maxRecordSize);
        }

        return WorkbookSource.AsText(bytes, format) is { } sheet
            ? Read(sheet, format with { Encoding = TextEncodings.Utf8Label, Separator = ';' }, maxRecordSize)
            : null;
    }

    /// <summary>Decodes <paramref name="bytes"/> with the encoding the importer detected and finds the records.</summary>
    /// <exception cref="ArgumentException">When the encoding label is unknown.</exception>
    internal static SourceRecords Read(byte[] bytes, FileFormatInfo format, int maxRecordSize)
    {
        var (encoding, bom) = TextEncodings.ByLabel(format.Encoding)
            ?? throw new ArgumentException($"Unknown encoding label '{format.Encoding}'.", nameof(format));
        var text = encoding.GetString(bytes, bom, bytes.Length - bom);
        var (starts, header) = RecordStarts(text, format.Separator, maxRecordSize);
        return new SourceRecords(text, SplitLines(text), starts, header);
    }

    /// <summary>The record that starts on <paramref name="line"/>: how many lines it spans and its text without the final line break.</summary>
    /// <param name="line">The 1-based line where the record starts (a finding's line).</param>
    /// <returns>The number of lines and the text; (0, empty) for a line outside the file.</returns>
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
    /// The lines where records start, read by the importer's own CSV layer (<see cref="Parsing.CsvRecordReader"/>),
    /// so that a broken record it skipped (a quote never closed) is one record here too, and the rows after it are rows.
    /// </summary>
    private static (int[] Starts, int Header) RecordStarts(string text, char separator, int maxRecordSize)
    {
        var starts = new List<int>();
        var header = 0;
        using var reader = new Parsing.CsvRecordReader(new StringReader(text), separator, maxRecordSize);
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
