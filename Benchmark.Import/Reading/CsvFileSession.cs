using Benchmark.Import.Detection;
using Benchmark.Import.Findings;
using Benchmark.Import.Parsing;

namespace Benchmark.Import.Reading;

/// <summary>
/// One CSV file being read: opened as text (encoding and separator detected), header read, data records served one by
/// one with blank rows skipped. Problems that make the file (or its rest) unreadable become findings.
/// </summary>
internal sealed class CsvFileSession : IDisposable
{
    /// <summary>From this size (bytes, seekable streams) the records are parsed ahead on another thread.</summary>
    internal const long ReadAheadFrom = 1 << 20;

    private readonly OpenedText _text;
    private readonly CsvRecordReader _reader;
    private readonly FindingSink _sink;
    private readonly int _maxRecordSize;
    private ReadAhead? _readAhead;
    private bool _readsAhead;
    private bool _started;
    private bool _reuse;

    private CsvFileSession(OpenedText text, CsvRecordReader reader, FindingSink sink, int maxRecordSize)
    {
        _text = text;
        _reader = reader;
        _sink = sink;
        _maxRecordSize = maxRecordSize;
    }

    /// <summary>The detected encoding.</summary>
    public DetectedEncoding Encoding => _text.Encoding;

    /// <summary>The detected separator.</summary>
    public char Separator => _text.Separator;

    /// <summary>Whether reading stopped early (see <see cref="ReportStop"/>).</summary>
    public bool Stopped => _reader.Stop is not null;

    /// <summary>The header record.</summary>
    public CsvRecord Header { get; private set; }

    /// <summary>
    /// Opens <paramref name="stream"/> and reads its header. Returns <see langword="null"/> after adding a
    /// <c>file.unreadable</c> finding when it is not CSV text or has no header.
    /// </summary>
    public static CsvFileSession? Open(Stream stream, FindingSink sink, int maxRecordSize)
    {
        UnreadableKind? problem;
        OpenedText? text;
        try
        {
            problem = TextOpener.TryOpen(stream, out text);
        }
        catch (IOException ex)
        {
            sink.Add(StructureFindings.Unreadable(sink.File, 0, UnreadableKind.ReadError, ex.Message, maxRecordSize));
            return null;
        }

        if (problem is { } kind)
        {
            sink.Add(StructureFindings.Unreadable(sink.File, 0, kind, null, maxRecordSize));
            return null;
        }

        var session = new CsvFileSession(text!, new CsvRecordReader(text!.Reader, text.Separator, maxRecordSize), sink, maxRecordSize);
        if (!session.ReadDirect(out var header))
        {
            if (session.ReportStop() == 0)
            {
                sink.Add(StructureFindings.Unreadable(sink.File, 0, UnreadableKind.Empty, null, maxRecordSize));
            }

            session.Dispose();
            return null;
        }

        session.Header = header;
        session._reader.SkipsBrokenRecords = true;
        session._readsAhead = stream.CanSeek && stream.Length >= ReadAheadFrom;
        return session;
    }

    /// <summary>
    /// Reads the next record that is not blank. A large file is parsed ahead on another thread (batches of records),
    /// so that parsing and the caller's work on the records run on two cores; the records and their order are the same.
    /// </summary>
    public bool ReadData(out CsvRecord record)
    {
        if (!_started)
        {
            _started = true;
            if (_readsAhead)
            {
                _readAhead = new ReadAhead(ReadInto, _reuse);
            }
        }

        return _readAhead is { } ahead ? ahead.Next(out record) : ReadDirect(out record);
    }

    /// <summary>
    /// Lets the session build records in the arrays of records already handed out: a record read by
    /// <see cref="ReadData"/> is then only valid until the next call. Only before the first data record is read.
    /// </summary>
    /// <exception cref="InvalidOperationException">When data records were read already.</exception>
    public void ReuseRecords()
    {
        if (_started)
        {
            throw new InvalidOperationException("Record reuse must be set before the first data record is read.");
        }

        _reuse = true;
    }

    /// <summary>
    /// Reads the plain numbers of <paramref name="columns"/> (field indexes) as <see cref="PlainNumber"/> values
    /// instead of text (see <see cref="CsvRecord.IsPlain"/>). Only before the first data record is read.
    /// </summary>
    /// <exception cref="InvalidOperationException">When data records were read already.</exception>
    public void ReadPlainNumbers(IEnumerable<int> columns)
    {
        if (_started)
        {
            throw new InvalidOperationException("Plain-number columns must be set before the first data record is read.");
        }

        var indexes = columns.Where(c => c >= 0).ToArray();
        var flags = new bool[indexes.Length == 0 ? 0 : indexes.Max() + 1];
        foreach (var c in indexes)
        {
            flags[c] = true;
        }

        _reader.PlainColumns = flags;
    }

    private bool ReadDirect(out CsvRecord record)
    {
        record = default;
        return ReadInto(ref record);
    }

    private bool ReadInto(ref CsvRecord record)
    {
        while (_reader.Read(record))
        {
            if (!_reader.Current.IsBlank)
            {
                record = _reader.Current;
                return true;
            }
        }

        record = default;
        return false;
    }

    /// <summary>
    /// After the last record: adds a finding for each broken record that was skipped, and — when reading stopped early —
    /// the <c>file.unreadable</c> finding; returns how many (broken) records were lost, which the caller counts as
    /// rejected rows.
    /// </summary>
    public int ReportStop()
    {
        _readAhead?.Finish();
        foreach (var skipped in _reader.Skipped)
        {
            _sink.Add(StructureFindings.BrokenRecord(_sink.File, skipped.Line, skipped.Kind == UnreadableKind.UnterminatedQuote, _maxRecordSize));
        }

        var lost = _reader.Skipped.Count;
        if (_reader.Stop is not { } stop)
        {
            return lost;
        }

        _sink.Add(StructureFindings.Unreadable(_sink.File, stop.Line, stop.Kind, stop.Detail, _maxRecordSize));
        return lost + (stop.Kind is UnreadableKind.RecordTooLarge or UnreadableKind.UnterminatedQuote or UnreadableKind.NulByte ? 1 : 0);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _readAhead?.Dispose();
        _reader.Dispose();
        _text.Dispose();
    }
}
