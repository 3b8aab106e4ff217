namespace Benchmark.Samples.Scale;

/// <summary>Writes ASCII text and numbers straight into a byte buffer that is flushed to a stream: no strings per value.</summary>
internal sealed class AsciiWriter(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    /// <summary>Writes an ASCII string.</summary>
    public void Write(string text)
    {
        foreach (var c in text)
        {
            Write((byte)c);
        }
    }

    /// <summary>Writes one byte.</summary>
    public void Write(byte b)
    {
        if (_used == _buffer.Length)
        {
            Flush();
        }

        _buffer[_used++] = b;
    }

    /// <summary>Writes a non-negative integer in at least <paramref name="width"/> digits (leading zeros).</summary>
    public void Write(long value, int width = 1)
    {
        Span<byte> digits = stackalloc byte[20];
        var n = 0;
        do
        {
            digits[n++] = (byte)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);

        for (var i = n; i < width; i++)
        {
            Write((byte)'0');
        }

        while (n > 0)
        {
            Write(digits[--n]);
        }
    }

    /// <summary>Writes an amount in cents as units, the decimal separator and two decimals (e.g. 1234 → 12,34).</summary>
    public void WriteCents(long cents, byte decimalSeparator)
    {
        Write(cents / 100);
        Write(decimalSeparator);
        Write(cents % 100, 2);
    }

    /// <summary>Writes what is buffered to the stream.</summary>
    public void Flush()
    {
        stream.Write(_buffer, 0, _used);
        _used = 0;
    }
}
