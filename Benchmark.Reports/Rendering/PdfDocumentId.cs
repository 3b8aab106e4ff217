using System.Security.Cryptography;
using System.Text;

namespace Benchmark.Reports.Rendering;

/// <summary>
/// Makes the document ID of a PDF/A file deterministic. Skia writes a fresh ID on every run (in the trailer's
/// <c>/ID [&lt;hex&gt; &lt;hex&gt;]</c> and as <c>uuid:</c> in the XMP metadata); this replaces it, in place and at the same
/// length, by one derived from the document's own bytes, so the same inputs still give the same PDF.
/// </summary>
internal static class PdfDocumentId
{
    private static readonly byte[] Marker = "/ID [<"u8.ToArray();

    public static void MakeDeterministic(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf(Marker);
        if (at < 0 || at + Marker.Length + 32 > pdf.Length)
        {
            return;
        }

        var hex = Encoding.ASCII.GetString(pdf, at + Marker.Length, 32);
        if (!hex.All(char.IsAsciiHexDigit))
        {
            return;
        }

        var forms = new[] { hex, Uuid(hex.ToLowerInvariant()) };
        var places = forms.Select(f => Positions(pdf, Encoding.ASCII.GetBytes(f))).ToList();
        for (var i = 0; i < forms.Length; i++)
        {
            foreach (var position in places[i])
            {
                pdf.AsSpan(position, forms[i].Length).Fill((byte)'0');
            }
        }

        var id = Convert.ToHexString(SHA256.HashData(pdf).AsSpan(0, 16));
        var replacements = new[] { id, Uuid(id.ToLowerInvariant()) };
        for (var i = 0; i < forms.Length; i++)
        {
            foreach (var position in places[i])
            {
                Encoding.ASCII.GetBytes(replacements[i]).CopyTo(pdf.AsSpan(position));
            }
        }
    }

    private static string Uuid(string hex) => $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";

    private static List<int> Positions(byte[] pdf, byte[] text)
    {
        var result = new List<int>();
        for (var start = 0; start <= pdf.Length - text.Length;)
        {
            var found = pdf.AsSpan(start).IndexOf(text);
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
