namespace Benchmark.Import.Reading;

/// <summary>
/// A read-only view of a stream that reports how far it has been read when the whole percentage has changed (or, for a
/// stream of unknown size, another mebibyte) and a tenth of a second has passed: at most about a hundred reports per
/// file and ten a second, whatever its size. A quick pass that the reader rewinds (the UTF-8 check) hardly shows.
/// </summary>
internal sealed class ProgressStream(Stream inner, string file, IProgress<ImportProgress> progress) : Stream
{
    private const long Step = 1 << 20;
    private const long Interval = 100;
    private readonly long? _total = inner.CanSeek ? inner.Length : null;
    private long _read;
    private long _lastReported = -1;
    private long _lastTime = Environment.TickCount64;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Advance(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Advance(inner.Read(buffer));

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Reports the start (0 bytes) before the first read.</summary>
    public void Start() => progress.Report(new ImportProgress(file, 0, _total));

    /// <summary>Reports the end (every byte read).</summary>
    public void Finish() => progress.Report(new ImportProgress(file, _total ?? _read, _total));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Advance(int n)
    {
        _read += n;
        Report(inner.CanSeek ? inner.Position : _read);
        return n;
    }

    private void Report(long at)
    {
        var mark = _total is > 0 and var total ? at * 100 / total : at / Step;
        var now = Environment.TickCount64;
        if (mark != _lastReported && now - _lastTime >= Interval)
        {
            _lastReported = mark;
            _lastTime = now;
            progress.Report(new ImportProgress(file, at, _total));
        }
    }
}
