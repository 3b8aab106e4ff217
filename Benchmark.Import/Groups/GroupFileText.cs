using System.Text;

namespace Benchmark.Import.Groups;

/// <summary>Decodes the bytes of a groups file: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252.</summary>
internal static class GroupFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text without BOM, and the encoding's name as <see cref="Validation.FileFormatInfo.Encoding"/> writes it.</summary>
    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            // A BOM says UTF-8; invalid bytes after it become U+FFFD rather than a guess at another encoding.
            return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "utf-8-bom");
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16");
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
            return (windows1252.GetString(bytes), "windows-1252");
        }
    }
}
