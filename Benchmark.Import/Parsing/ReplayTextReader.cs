namespace Benchmark.Import.Parsing;

/// <summary>
/// A text reader that keeps the last characters it handed out (a window of a fixed size) and can start again at a
/// physical line inside that window: after a quote that is never closed swallowed the rest of the file into one record,
/// reading goes on at the line after the one where that record started.
/// </summary>
/// <remarks>
/// Lines are counted as CsvHelper counts them: CR LF, CR and LF each end a line. The window costs one copy of the text
/// and one (vectorised) count of line ends for the characters that leave it.
/// </remarks>
internal sealed class ReplayTextReader(TextReader inner, int capacity) : TextReader
{
    private char[] _window = new char[Math.Min(capacity, 1 << 16)];
    private int _start;          // index of the oldest kept character in the ring
    private int _count;          // characters kept
    private int _firstLine = 1;  // the line of the oldest kept character
    private bool _firstAfterCr;  // whether the character before the oldest kept one was a CR
    private string _pending = string.Empty;
    private int _pendingAt;

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        int n;
        if (_pendingAt < _pending.Length)
        {
            n = Math.Min(buffer.Length, _pending.Length - _pendingAt);
            _pending.AsSpan(_pendingAt, n).CopyTo(buffer);
            _pendingAt += n;
        }
        else
        {
            n = inner.Read(buffer);
        }

        Keep(buffer[..n]);
        return n;
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Peek() => -1;

    /// <inheritdoc />
    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    /// <summary>
    /// Makes the next characters read the kept text from the start of <paramref name="line"/> on, then the rest of the
    /// input; when the line has not been read yet, reads on (up to the window's size) to find it, and when the input
    /// ends first, the next read is the end. Returns <see langword="false"/> when the line is out of reach.
    /// </summary>
    public bool RestartAt(int line)
    {
        var kept = Kept();
        var at = LineStart(kept, line);
        var buffer = new char[1 << 16];
        for (var readOn = 0L; at < 0; at = LineStart(kept, line))
        {
            var n = Read(buffer);
            if (n == 0)
            {
                // The broken record ran to the end of the input: nothing after it to read.
                kept = [];
                at = 0;
                break;
            }

            readOn += n;
            if (readOn > capacity)
            {
                return false;
            }

            kept = Kept();
        }

        var rest = new string(kept, at, kept.Length - at) + _pending[_pendingAt..];
        _pending = rest;
        _pendingAt = 0;
        _start = 0;
        _count = 0;
        _firstLine = line;
        _firstAfterCr = false;
        return true;
    }

    private char[] Kept()
    {
        var kept = new char[_count];
        var first = Math.Min(_count, _window.Length - _start);
        _window.AsSpan(_start, first).CopyTo(kept);
        _window.AsSpan(0, _count - first).CopyTo(kept.AsSpan(first));
        return kept;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The index in <paramref name="kept"/> where <paramref name="line"/> starts, or −1.</summary>
    private int LineStart(char[] kept, int line)
    {
        var current = _firstLine;
        if (line == current)
        {
            return _firstAfterCr && kept.Length > 0 && kept[0] == '\n' ? 1 : 0;
        }

        for (var i = 0; i < kept.Length; i++)
        {
            var c = kept[i];
            if (c == '\n' && (i > 0 ? kept[i - 1] == '\r' : _firstAfterCr))
            {
                continue; // the LF of a CR LF: the line ended at the CR
            }

            if (c is '\r' or '\n')
            {
                current++;
                var next = c == '\r' && i + 1 < kept.Length && kept[i + 1] == '\n' ? i + 2 : i + 1;
                if (current == line)
                {
                    return next <= kept.Length ? next : -1;
                }
            }
        }

        return -1;
    }

    /// <summary>Adds served characters to the ring, counting the lines of those that drop out of it.</summary>
    private void Keep(ReadOnlySpan<char> text)
    {
        if (_count + text.Length > _window.Length && _window.Length < capacity)
        {
            Grow(Math.Min(capacity, Math.Max(_window.Length * 2, _count + text.Length)));
        }

        if (text.Length >= _window.Length)
        {
            Drop(_count);
            var skipped = text[..^_window.Length];
            AdvanceFirstLine(skipped);
            text = text[^_window.Length..];
        }

        var overflow = _count + text.Length - _window.Length;
        if (overflow > 0)
        {
            Drop(overflow);
        }

        var end = (_start + _count) % _window.Length;
        var first = Math.Min(text.Length, _window.Length - end);
        text[..first].CopyTo(_window.AsSpan(end));
        text[first..].CopyTo(_window);
        _count += text.Length;
    }

    /// <summary>A larger ring with the kept characters in order from index 0 (the window starts small and grows to its capacity).</summary>
    private void Grow(int size)
    {
        var grown = new char[size];
        var first = Math.Min(_count, _window.Length - _start);
        _window.AsSpan(_start, first).CopyTo(grown);
        _window.AsSpan(0, _count - first).CopyTo(grown.AsSpan(first));
        _window = grown;
        _start = 0;
    }

    /// <summary>Drops the <paramref name="n"/> oldest kept characters.</summary>
    private void Drop(int n)
    {
        var first = Math.Min(n, _window.Length - _start);
        AdvanceFirstLine(_window.AsSpan(_start, first));
        AdvanceFirstLine(_window.AsSpan(0, n - first));
        _start = (_start + n) % _window.Length;
        _count -= n;
    }

    /// <summary>Moves the first kept line past <paramref name="gone"/>: one line per CR LF, CR or LF.</summary>
    private void AdvanceFirstLine(ReadOnlySpan<char> gone)
    {
        if (gone.IsEmpty)
        {
            return;
        }

        var lineFeeds = gone.Count('\n');
        var returns = gone.Count('\r');
        var pairs = gone[0] == '\n' && _firstAfterCr ? 1 : 0;
        if (returns > 0)
        {
            for (var i = gone.IndexOf('\r'); i >= 0 && i + 1 < gone.Length; i = NextCr(gone, i))
            {
                pairs += gone[i + 1] == '\n' ? 1 : 0;
            }
        }

        _firstLine += lineFeeds + returns - pairs;
        _firstAfterCr = gone[^1] == '\r';
    }

    private static int NextCr(ReadOnlySpan<char> text, int after)
    {
        var i = text[(after + 1)..].IndexOf('\r');
        return i < 0 ? -1 : after + 1 + i;
    }
}
