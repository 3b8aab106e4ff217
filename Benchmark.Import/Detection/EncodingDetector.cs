using System.Text;

namespace Benchmark.Import.Detection;

/// <summary>
/// Tells the encoding of a file from its bytes: a UTF-8 or UTF-16 byte order mark; otherwise valid UTF-8;
/// otherwise Windows-1252. NUL bytes without a UTF-16 mark mean binary data.
/// </summary>
internal static class EncodingDetector
{
    private const int ScanBufferSize = 64 * 1024;

    /// <summary>Detects the encoding.</summary>
    /// <param name="prefix">The first bytes of the file.</param>
    /// <param name="prefixIsWhole">Whether <paramref name="prefix"/> is the whole file.</param>
    /// <param name="rest">
    /// The stream positioned right after the prefix. When it can seek, the rest is scanned for UTF-8 validity
    /// (constant memory) and the position is restored; otherwise only the prefix decides.
    /// </param>
    /// <param name="encoding">The encoding, when the result is <see langword="null"/>.</param>
    /// <returns><see langword="null"/> when the bytes are text; otherwise why they are not.</returns>
    public static UnreadableKind? Detect(ReadOnlySpan<byte> prefix, bool prefixIsWhole, Stream rest, out DetectedEncoding encoding)
    {
        encoding = new DetectedEncoding(TextEncodings.Utf8Label, TextEncodings.Utf8, 0);
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || prefix.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return UnreadableKind.Utf32;
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = new DetectedEncoding(TextEncodings.Utf8BomLabel, TextEncodings.Utf8, 3);
        }
        else if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = new DetectedEncoding(TextEncodings.Utf16LeLabel, TextEncodings.Utf16Le, 2);
            return null;
        }
        else if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = new DetectedEncoding(TextEncodings.Utf16BeLabel, TextEncodings.Utf16Be, 2);
            return null;
        }

        // Many NUL bytes: binary (a workbook, UTF-16 without a byte order mark). A few in text are found by the reader,
        // with their line, wherever they are (UnreadableKind.NulByte).
        if (prefix.Count((byte)0) > prefix.Length / 100)
        {
            return UnreadableKind.Binary;
        }

        if (encoding.BomLength == 0 && !IsValidUtf8(prefix, prefixIsWhole, rest))
        {
            encoding = new DetectedEncoding(TextEncodings.Windows1252Label, TextEncodings.Windows1252, 0);
        }

        return null;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> prefix, bool prefixIsWhole, Stream rest)
    {
        var decoder = TextEncodings.StrictUtf8.GetDecoder();
        try
        {
            _ = decoder.GetCharCount(prefix, flush: prefixIsWhole);
            if (prefixIsWhole || !rest.CanSeek)
            {
                return true;
            }

            return ScanRest(decoder, rest);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool ScanRest(Decoder decoder, Stream rest)
    {
        var start = rest.Position;
        var buffer = new byte[ScanBufferSize];
        try
        {
            int n;
            while ((n = rest.Read(buffer, 0, buffer.Length)) > 0)
            {
                _ = decoder.GetCharCount(buffer.AsSpan(0, n), flush: false);
            }

            _ = decoder.GetCharCount([], flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            rest.Position = start;
        }
    }
}
