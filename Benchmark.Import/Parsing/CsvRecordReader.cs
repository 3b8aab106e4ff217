using Benchmark.Import.Detection;
using CsvHelper;

namespace Benchmark.Import.Parsing;

/// <summary>
/// The low-level CSV layer: RFC 4180 records (quoted fields with separators, doubled quotes and line breaks) with the
/// physical line on which each starts, over a <see cref="TextReader"/>, in constant memory. Wraps CsvHelper.
/// </summary>
/// <remarks>
/// Completely empty lines are skipped (they still count as lines). A record longer than the size limit, or a quote
/// that is never closed, costs only the line where it starts: reading goes on at the next line (<see cref="Skipped"/>
/// lists them), so one stray quote does not lose the rest of the file. Only when that line is out of reach (a single
/// line longer than the window) does reading stop: <see cref="Stop"/> then says from which line the rest was lost.
/// </remarks>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly ReplayTextReader _text;
    private readonly CsvReaderOptions _options;
    private readonly List<ReadStop> _skipped = [];
    private CsvReader _reader;
    private int _base;
    private readonly HashSet<long> _unterminated = [];
    private const int MaxRepeatLength = 64;

    private string?[] _lastText = [];
    private byte[]?[] _lastBytes = [];
    private int[] _lastLength = [];
    private bool _done;
    private bool _nul;

    /// <summary>Creates a reader.</summary>
    /// <param name="text">The text, from after any byte order mark.</param>
    /// <param name="separator">The field separator.</param>
    /// <param name="maxRecordSize">The largest record, in UTF-8 bytes, before reading stops.</param>
    public CsvRecordReader(TextReader text, char separator, int maxRecordSize)
    {
        _options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            TrackLineNumbers = true,
            PoolStrings = true,
            SkipEmptyLines = true,
            MaxRecordSize = maxRecordSize,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = m =>
            {
                if (m.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    _unterminated.Add(Absolute(m.LineNumber));
                }
            },
        };
        // The window keeps more than the largest record plus the reader's buffer, so the line after a runaway record is in it.
        _text = new ReplayTextReader(text, (int)Math.Min((long)maxRecordSize + (4 << 20), 256 << 20));
        _reader = CsvReader.Create(_text, _options, leaveOpen: true);
    }

    /// <summary>
    /// Whether a broken record is skipped and reading goes on (set once the header is read: a broken header leaves
    /// nothing to read the rest by).
    /// </summary>
    public bool SkipsBrokenRecords { get; set; }

    /// <summary>The records that were skipped (a quote never closed, a record over the size limit), by the line where each started.</summary>
    public IReadOnlyList<ReadStop> Skipped => _skipped;

    /// <summary>
    /// The columns whose plain numbers are read as <see cref="PlainNumber"/> without making a string of them (index →
    /// whether), or <see langword="null"/> for none. Set before reading the data records; the other fields stay text.
    /// </summary>
    public bool[]? PlainColumns { get; set; }

    /// <summary>The current record, after <see cref="Read()"/> returned <see langword="true"/>.</summary>
    public CsvRecord Current { get; private set; }

    /// <summary>Why reading stopped early, or <see langword="null"/> when it reached the end (so far).</summary>
    public ReadStop? Stop { get; private set; }

    /// <summary>Advances to the next record.</summary>
    /// <returns><see langword="false"/> at the end of the file, or when reading stopped (see <see cref="Stop"/>).</returns>
    public bool Read() => Read(default);

    /// <summary>
    /// Advances to the next record, building it in the arrays of <paramref name="reuse"/> (a record the caller is done
    /// with) when their length fits, so that a stream of records of the same width allocates nothing.
    /// </summary>
    /// <returns><see langword="false"/> at the end of the file, or when reading stopped (see <see cref="Stop"/>).</returns>
    public bool Read(CsvRecord reuse)
    {
        while (true)
        {
            // A loop, not recursion: thousands of broken records in a row must not exhaust the stack.
            var read = ReadOnce(reuse);
            if (read >= 0)
            {
                return read == 1;
            }
        }
    }

    /// <summary>Reads one record: 1 when there is one, 0 at the end or when reading stopped, −1 when a broken record was skipped.</summary>
    private int ReadOnce(CsvRecord reuse)
    {
        if (_done)
        {
            return 0;
        }

        try
        {
            if (!_reader.Read())
            {
                _done = true;
                return 0;
            }
        }
        catch (CsvFormatException ex)
        {
            var at = ex.LineNumber > 0 ? Absolute(ex.LineNumber) : Current.Line + 1;
            return SkipAndGoOn(new ReadStop(at, UnreadableKind.RecordTooLarge, ex.Message));
        }
        catch (IOException ex)
        {
            return Halt(new ReadStop(Current.Line, UnreadableKind.ReadError, ex.Message)) ? 1 : 0;
        }

        var line = Absolute(_reader.LineNumber);
        var count = _reader.FieldCount;
        var fields = reuse.Fields is { } old && old.Length == count ? old : new string?[count];
        var plain = reuse.Plain is { } oldPlain && oldPlain.Length == count ? oldPlain : null;
        var plainColumns = PlainColumns;
        for (var i = 0; i < fields.Length; i++)
        {
            if (plainColumns is not null && i < plainColumns.Length && plainColumns[i] && PlainNumber.TryRead(_reader.GetSpan(i), out var number))
            {
                plain ??= new PlainNumber[count];
                plain[i] = number;
                fields[i] = null;
            }
            else
            {
                fields[i] = Text(i);
            }
        }

        Current = new CsvRecord(line, fields, plain);
        if (_unterminated.Remove(line))
        {
            return SkipAndGoOn(new ReadStop(line, UnreadableKind.UnterminatedQuote, null));
        }

        if (_nul)
        {
            return Halt(new ReadStop(line, UnreadableKind.NulByte, null)) ? 1 : 0;
        }

        return 1;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
    }

    private int Absolute(long relative) => (int)Math.Min(_base + relative, int.MaxValue);

    /// <summary>
    /// Skips the broken record that starts on <paramref name="broken"/>'s line and reads on from the next line with a
    /// new CSV reader over the kept text; halts when that line is no longer kept.
    /// </summary>
    private int SkipAndGoOn(ReadStop broken)
    {
        if (!SkipsBrokenRecords || broken.Line >= int.MaxValue - 1 || !_text.RestartAt(broken.Line + 1))
        {
            return Halt(broken) ? 1 : 0;
        }

        _skipped.Add(broken);
        _reader.Dispose();
        _reader = CsvReader.Create(_text, _options, leaveOpen: true);
        _base = broken.Line;
        _unterminated.Clear();
        _nul = false;
        Array.Clear(_lastText);
        return -1;
    }

    /// <summary>
    /// The text of field <paramref name="index"/>: the same string instance as the field above it when the bytes are
    /// the same (codes and years repeat over consecutive rows; the reader's own pool gives up on columns with many
    /// distinct values), else the reader's (pooled) string.
    /// </summary>
    private string Text(int index)
    {
        var bytes = _reader.GetSpan(index);
        _nul |= bytes.Contains((byte)0);
        if (index >= _lastText.Length)
        {
            Array.Resize(ref _lastText, index + 1);
            Array.Resize(ref _lastBytes, index + 1);
            Array.Resize(ref _lastLength, index + 1);
        }

        if (_lastText[index] is { } last && bytes.SequenceEqual(_lastBytes[index].AsSpan(0, _lastLength[index])))
        {
            return last;
        }

        var text = _reader.GetString(index);
        if (bytes.Length <= MaxRepeatLength)
        {
            var buffer = _lastBytes[index] ??= new byte[MaxRepeatLength];
            bytes.CopyTo(buffer);
            _lastLength[index] = bytes.Length;
            _lastText[index] = text;
        }
        else
        {
            _lastText[index] = null;
        }

        return text;
    }

    private bool Halt(ReadStop stop)
    {
        Stop = stop;
        _done = true;
        return false;
    }
}
