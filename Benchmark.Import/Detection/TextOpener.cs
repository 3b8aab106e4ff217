namespace Benchmark.Import.Detection;

/// <summary>
/// Opens a stream as CSV text: reads a prefix (64 KiB) to detect the encoding and separator, then replays it, so
/// the file is read once from start to end (plus one validation pass over a seekable stream that has no byte order
/// mark) in constant memory.
/// </summary>
internal static class TextOpener
{
    /// <summary>The number of bytes examined for detection.</summary>
    public const int SniffSize = 64 * 1024;

    private const int ReaderBufferSize = 16 * 1024;

    /// <summary>Opens <paramref name="stream"/> (which the caller keeps owning and disposes).</summary>
    /// <param name="stream">The input, positioned at its start.</param>
    /// <param name="opened">The opened text when the result is <see langword="null"/>.</param>
    /// <returns><see langword="null"/> on success; otherwise why the stream is not CSV text.</returns>
    /// <exception cref="IOException">When reading the stream fails.</exception>
    public static UnreadableKind? TryOpen(Stream stream, out OpenedText? opened)
    {
        opened = null;
        var prefix = new byte[SniffSize];
        var length = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        var whole = length < prefix.Length;
        if (length == 0)
        {
            return UnreadableKind.Empty;
        }

        if (EncodingDetector.Detect(prefix.AsSpan(0, length), whole, stream, out var encoding) is { } problem)
        {
            return problem;
        }

        var sample = Decode(prefix.AsSpan(encoding.BomLength, length - encoding.BomLength), encoding, whole);
        if (whole && string.IsNullOrWhiteSpace(sample))
        {
            return UnreadableKind.Empty;
        }

        if (LooksBinary(sample))
        {
            return UnreadableKind.Binary;
        }

        var separator = SeparatorDetector.Detect(sample, whole);
        var replay = new PrefixedStream(prefix, encoding.BomLength, length - encoding.BomLength, stream);
        var reader = new StreamReader(replay, encoding.Encoding, detectEncodingFromByteOrderMarks: false, ReaderBufferSize, leaveOpen: false);
        opened = new OpenedText(reader, encoding, separator);
        return null;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, DetectedEncoding encoding, bool whole)
    {
        var decoder = encoding.Encoding.GetDecoder();
        var chars = new char[decoder.GetCharCount(bytes, flush: whole)];
        var n = decoder.GetChars(bytes, chars, flush: whole);
        return new string(chars, 0, n);
    }

    /// <summary>Text with more than 5 % control characters (other than tab, line breaks and form feed) is binary.</summary>
    private static bool LooksBinary(string sample)
    {
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'))
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }
}
