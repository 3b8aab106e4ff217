namespace Benchmark.Import.Detection;

/// <summary>
/// A read-only, forward-only stream that first replays bytes already read for sniffing, then continues with the
/// underlying stream. Disposing it does not dispose the underlying stream (the caller owns that).
/// </summary>
internal sealed class PrefixedStream : Stream
{
    private readonly byte[] _prefix;
    private readonly Stream _rest;
    private int _offset;
    private readonly int _end;

    public PrefixedStream(byte[] prefix, int offset, int count, Stream rest)
    {
        _prefix = prefix;
        _offset = offset;
        _end = offset + count;
        _rest = rest;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_offset < _end)
        {
            var n = Math.Min(buffer.Length, _end - _offset);
            _prefix.AsSpan(_offset, n).CopyTo(buffer);
            _offset += n;
            return n;
        }

        return _rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
