using System.Text;

namespace Benchmark.Import.Detection;

/// <summary>The encodings the importer reads, with their labels.</summary>
internal static class TextEncodings
{
    /// <summary>Label of UTF-8 without a byte order mark.</summary>
    public const string Utf8Label = "utf-8";

    /// <summary>Label of UTF-8 with a byte order mark (Excel's "CSV UTF-8").</summary>
    public const string Utf8BomLabel = "utf-8-bom";

    /// <summary>Label of Windows-1252 (Excel's "CSV (;-gescheiden)" on Dutch Windows).</summary>
    public const string Windows1252Label = "windows-1252";

    /// <summary>Label of UTF-16 little endian with a byte order mark.</summary>
    public const string Utf16LeLabel = "utf-16le";

    /// <summary>Label of UTF-16 big endian with a byte order mark.</summary>
    public const string Utf16BeLabel = "utf-16be";

    /// <summary>UTF-8 that replaces invalid bytes by U+FFFD and has no preamble.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>UTF-8 that throws on invalid bytes: used only to test whether bytes are valid UTF-8.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 (code page 1252), from <see cref="CodePagesEncodingProvider"/>.</summary>
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    /// <summary>UTF-16 little endian without a preamble (the byte order mark is skipped by the opener).</summary>
    public static Encoding Utf16Le { get; } = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);

    /// <summary>UTF-16 big endian without a preamble.</summary>
    public static Encoding Utf16Be { get; } = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    /// <summary>The encoding of <paramref name="label"/> and the length of its byte order mark, or <see langword="null"/> for an unknown label.</summary>
    public static (Encoding Encoding, int BomLength)? ByLabel(string label) => label switch
    {
        Utf8Label => (Utf8, 0),
        Utf8BomLabel => (Utf8, 3),
        Windows1252Label => (Windows1252, 0),
        Utf16LeLabel => (Utf16Le, 2),
        Utf16BeLabel => (Utf16Be, 2),
        _ => null,
    };

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
