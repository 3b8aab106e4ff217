namespace Benchmark.Import.Detection;

/// <summary>A file opened as text: its reader (byte order mark skipped), detected encoding and separator.</summary>
internal sealed class OpenedText : IDisposable
{
    public OpenedText(TextReader reader, DetectedEncoding encoding, char separator)
    {
        Reader = reader;
        Encoding = encoding;
        Separator = separator;
    }

    /// <summary>The decoded text, from after the byte order mark.</summary>
    public TextReader Reader { get; }

    /// <summary>The detected encoding.</summary>
    public DetectedEncoding Encoding { get; }

    /// <summary>The detected field separator.</summary>
    public char Separator { get; }

    /// <inheritdoc />
    public void Dispose() => Reader.Dispose();
}
