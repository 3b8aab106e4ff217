using System.Security.Cryptography;
using System.Text;

namespace Benchmark.Reports.Rendering;

/// <summary>
/// Makes the document ID of a PDF/A file deterministic. Skia writes a fresh random ID on every run: in the trailer's
/// <c>/ID [&lt;hex&gt; &lt;hex&gt;]</c> and as <c>uuid:</c> in the XMP metadata. This replaces it by one derived from the
/// document's own bytes, so the same inputs give the same PDF. Skia writes the trailer's two byte strings as hex, or — when
/// the random bytes happen to be mostly printable, about one document in a hundred — as literal strings
/// (<c>(…)</c> with escapes); both are read, and the trailer is always written back in the hex form. The XMP uuid is
/// replaced in place (same length); the trailer follows the cross-reference table, so its length may change.
/// </summary>
internal static class PdfDocumentId
{
    private const int IdBytes = 16;

    private static readonly byte[] Marker = "/ID ["u8.ToArray();

    public static byte[] MakeDeterministic(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf(Marker);
        if (at < 0)
        {
            return pdf;
        }

        var position = at + Marker.Length;
        if (!PdfByteString.TryRead(pdf, ref position, out var first) || !PdfByteString.TryRead(pdf, ref position, out _))
        {
            return pdf;
        }

        while (position < pdf.Length && pdf[position] == (byte)' ')
        {
            position++;
        }

        if (first.Length != IdBytes || position >= pdf.Length || pdf[position] != (byte)']')
        {
            return pdf;
        }

        var uuid = Encoding.ASCII.GetBytes(Uuid(Convert.ToHexString(first).ToLowerInvariant()));
        var places = Positions(pdf.AsSpan(0, at), uuid);
        var zeros = new string('0', 2 * IdBytes);
        var result = Splice(pdf, at, position + 1, Trailer(zeros));
        foreach (var place in places)
        {
            result.AsSpan(place, uuid.Length).Fill((byte)'0');
        }

        var id = Convert.ToHexString(SHA256.HashData(result).AsSpan(0, IdBytes));
        Encoding.ASCII.GetBytes(Trailer(id)).CopyTo(result.AsSpan(at));
        var derived = Encoding.ASCII.GetBytes(Uuid(id.ToLowerInvariant()));
        foreach (var place in places)
        {
            derived.CopyTo(result.AsSpan(place));
        }

        return result;
    }

    /// <summary>The trailer's ID array as Skia writes it in hex: <c>/ID [&lt;ID&gt; &lt;ID&gt;]</c>.</summary>
    private static string Trailer(string hex) => $"/ID [<{hex}> <{hex}>]";

    private static byte[] Splice(byte[] pdf, int from, int to, string replacement)
    {
        var middle = Encoding.ASCII.GetBytes(replacement);
        var result = new byte[from + middle.Length + (pdf.Length - to)];
        pdf.AsSpan(0, from).CopyTo(result);
        middle.CopyTo(result.AsSpan(from));
        pdf.AsSpan(to).CopyTo(result.AsSpan(from + middle.Length));
        return result;
    }

    private static string Uuid(string hex) => $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";

    private static List<int> Positions(ReadOnlySpan<byte> pdf, byte[] text)
    {
        var result = new List<int>();
        for (var start = 0; start <= pdf.Length - text.Length;)
        {
            var found = pdf[start..].IndexOf(text);
            if (found < 0)
            {
                break;
            }

            result.Add(start + found);
            start += found + text.Length;
        }

        return result;
    }
}
