using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Benchmark.Reports.Rendering;

/// <summary>
/// Adds what SkiaSharp cannot write to a finished PDF, as an incremental update (the original bytes stay as they are,
/// so PDF/A's metadata and document ID remain valid): bookmarks (an outline) with one entry per section, opened with
/// the document, and the document's language (<c>/Lang</c>).
/// </summary>
internal static partial class PdfOutline
{
    public static byte[] Append(byte[] pdf, IReadOnlyList<(string Title, int Page)> bookmarks, string language)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = StartXref().Matches(text) is { Count: > 0 } m ? long.Parse(m[^1].Groups[1].Value, CultureInfo.InvariantCulture) : -1;
        var trailer = Trailer().Matches(text) is { Count: > 0 } t ? t[^1].Groups[1].Value : null;
        if (startXref < 0 || trailer is null || Ref(trailer, "Root") is not { } root || Number(trailer, "Size") is not { } size)
        {
            return pdf;
        }

        var catalog = Object(text, root);
        if (catalog is null || Ref(catalog, "Pages") is not { } pagesRoot)
        {
            return pdf;
        }

        var pages = new List<int>();
        CollectPages(text, pagesRoot, pages, depth: 0);
        var marks = bookmarks.Where(b => b.Page >= 0 && b.Page < pages.Count).ToList();
        var update = new StringBuilder();
        var offsets = new SortedDictionary<int, long>();
        var position = (long)pdf.Length;
        void Add(int number, string body)
        {
            var obj = $"{number} 0 obj\n{body}\nendobj\n";
            offsets[number] = position + update.Length;
            update.Append(obj);
        }

        update.Append('\n');
        var outlines = size;
        var first = size + 1;
        if (marks.Count > 0)
        {
            Add(outlines, $"<< /Type /Outlines /First {first} 0 R /Last {first + marks.Count - 1} 0 R /Count {marks.Count} >>");
            for (var i = 0; i < marks.Count; i++)
            {
                var links = (i > 0 ? $" /Prev {first + i - 1} 0 R" : string.Empty) + (i < marks.Count - 1 ? $" /Next {first + i + 1} 0 R" : string.Empty);
                Add(first + i, $"<< /Title {PdfText(marks[i].Title)} /Parent {outlines} 0 R{links} /Dest [{pages[marks[i].Page]} 0 R /XYZ null null null] >>");
            }
        }

        var body = catalog.Trim();
        var end = body.LastIndexOf(">>", StringComparison.Ordinal);
        var extra = (marks.Count > 0 ? $" /Outlines {outlines} 0 R /PageMode /UseOutlines" : string.Empty) + $" /Lang ({language})";
        Add(root, body[..end] + extra + body[end..]);
        var xref = position + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in offsets)
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        var newSize = marks.Count > 0 ? first + marks.Count : size;
        var id = Id().Match(trailer) is { Success: true } idMatch ? " " + idMatch.Value : string.Empty;
        var info = Ref(trailer, "Info") is { } infoRef ? $" /Info {infoRef} 0 R" : string.Empty;
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {newSize} /Root {root} 0 R{info}{id} /Prev {startXref} >>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    private static void CollectPages(string text, int node, List<int> pages, int depth)
    {
        var obj = Object(text, node);
        if (obj is null || depth > 32)
        {
            return;
        }

        if (Kids().Match(obj) is { Success: true } kids)
        {
            foreach (Match kid in Reference().Matches(kids.Groups[1].Value))
            {
                CollectPages(text, int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages, depth + 1);
            }
        }
        else
        {
            pages.Add(node);
        }
    }

    /// <summary>The dictionary text of object <paramref name="number"/> (its last definition), or <see langword="null"/>.</summary>
    private static string? Object(string text, int number)
    {
        var at = text.LastIndexOf($"\n{number} 0 obj", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = text.IndexOf("obj", at, StringComparison.Ordinal) + 3;
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        var body = text[start..end];
        var stream = body.IndexOf("stream", StringComparison.Ordinal);
        return stream >= 0 ? body[..stream] : body;
    }

    private static int? Ref(string dict, string key) =>
        Regex.Match(dict, $@"/{key}\s+(\d+)\s+0\s+R") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static int? Number(string dict, string key) =>
        Regex.Match(dict, $@"/{key}\s+(\d+)") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>A PDF text string in UTF-16BE with byte order mark, as hex: any title, any character.</summary>
    private static string PdfText(string title) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(title)) + ">";

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"trailer\s*(<<.*?>>)\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex Reference();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex Id();
}
