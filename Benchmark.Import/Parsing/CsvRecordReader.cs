using Benchmark.Import.Detection;
using CsvHelper;

namespace Benchmark.Import.Parsing;

/// <summary>
/// The low-level CSV layer: RFC 4180 records (quoted fields with separators, doubled quotes and line breaks) with the
/// physical line on which each starts, over a <see cref="TextReader"/>, in constant memory. Wraps CsvHelper.
/// </summary>
/// <remarks>
/// Completely empty lines are skipped (they still count as lines). A record longer than the size limit, or a quote
/// that is never closed, stops reading: <see cref="Stop"/> then says from which line the rest of the file was lost.
/// </remarks>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly CsvReader _reader;
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
        var options = CsvReaderOptions.Default with
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
                    _unterminated.Add(m.LineNumber);
                }
            },
        };
        _reader = CsvReader.Create(text, options, leaveOpen: false);
    }

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
        if (_done)
        {
            return false;
        }

        try
        {
            if (!_reader.Read())
            {
                _done = true;
                return false;
            }
        }
        catch (CsvFormatException ex)
        {
            var at = ex.LineNumber > 0 ? (int)Math.Min(ex.LineNumber, int.MaxValue) : Current.Line + 1;
            return Halt(new ReadStop(at, UnreadableKind.RecordTooLarge, ex.Message));
        }
        catch (IOException ex)
        {
            return Halt(new ReadStop(Current.Line, UnreadableKind.ReadError, ex.Message));
        }

        var line = (int)Math.Min(_reader.LineNumber, int.MaxValue);
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
            return Halt(new ReadStop(line, UnreadableKind.UnterminatedQuote, null));
        }

        if (_nul)
        {
            return Halt(new ReadStop(line, UnreadableKind.NulByte, null));
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

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
