using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace Benchmark.Reports.Rendering;

/// <summary>
/// Draws and measures text whose characters the embedded DejaVu Sans lacks (Chinese, Japanese, Korean, …) in a system
/// typeface that has them, run by run, so that such names do not vanish from a report. Text the embedded font covers —
/// all of the usual case — is drawn in one piece, byte for byte as before.
/// </summary>
internal static class FallbackText
{
    private static readonly ConcurrentDictionary<int, SKTypeface?> ByCodePoint = new();

    /// <summary>The width of <paramref name="text"/> in <paramref name="font"/>, with fallback typefaces where needed.</summary>
    public static float Measure(SKFont font, string text)
    {
        if (Covered(font, text))
        {
            return font.MeasureText(text);
        }

        var width = 0f;
        foreach (var (run, typeface) in Runs(font, text))
        {
            using var runFont = With(font, typeface);
            width += runFont.MeasureText(run);
        }

        return width;
    }

    /// <summary>Draws <paramref name="text"/> left-aligned at (<paramref name="x"/>, <paramref name="y"/>), with fallback typefaces where needed.</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKPaint paint)
    {
        if (Covered(font, text))
        {
            canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
            return;
        }

        foreach (var (run, typeface) in Runs(font, text))
        {
            using var runFont = With(font, typeface);
            canvas.DrawText(run, x, y, SKTextAlign.Left, runFont, paint);
            x += runFont.MeasureText(run);
        }
    }

    /// <summary>
    /// How many characters of <paramref name="text"/> fit in <paramref name="width"/> (whole characters; with fallback
    /// typefaces where needed), and their width.
    /// </summary>
    public static int Fit(SKFont font, ReadOnlySpan<char> text, float width, out float measured)
    {
        if (font.ContainsGlyphs(text))
        {
            return (int)font.BreakText(text, width, out measured);
        }

        measured = 0;
        var i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text[i..], out var rune, out var length);
            var w = Measure(font, rune.ToString());
            if (measured + w > width)
            {
                break;
            }

            measured += w;
            i += Math.Max(length, 1);
        }

        return i;
    }

    private static bool Covered(SKFont font, string text) => font.ContainsGlyphs(text);

    private static SKFont With(SKFont font, SKTypeface typeface) => new(typeface, font.Size)
    {
        Subpixel = font.Subpixel,
        LinearMetrics = font.LinearMetrics,
        Hinting = font.Hinting,
        Edging = font.Edging,
        Embolden = font.Typeface.IsBold && !typeface.IsBold,
    };

    /// <summary>The text in runs of one typeface: the font's own where it has the glyph, else a system typeface that has it.</summary>
    private static IEnumerable<(string Run, SKTypeface Typeface)> Runs(SKFont font, string text)
    {
        var run = new StringBuilder();
        SKTypeface? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var typeface = font.Typeface.ContainsGlyph(rune.Value) ? font.Typeface : ByCodePoint.GetOrAdd(rune.Value, Match) ?? font.Typeface;
            if (current is not null && !ReferenceEquals(typeface, current))
            {
                yield return (run.ToString(), current);
                run.Clear();
            }

            current = typeface;
            run.Append(rune.ToString());
        }

        if (current is not null && run.Length > 0)
        {
            yield return (run.ToString(), current);
        }
    }

    /// <summary>
    /// A system typeface with the character: the font manager's choice, else the first font file in the usual font
    /// folders that has it (SkiaSharp's dependency-free Linux build has no fontconfig, so its font manager knows none).
    /// </summary>
    private static SKTypeface? Match(int codePoint) =>
        SKFontManager.Default.MatchCharacter(codePoint) is { } matched && matched.ContainsGlyph(codePoint)
            ? matched
            : SystemFaces.Value.FirstOrDefault(f => f.ContainsGlyph(codePoint));

    private static readonly Lazy<List<SKTypeface>> SystemFaces = new(LoadSystemFaces);

    private static readonly string[] FontFolders =
    [
        "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        "/System/Library/Fonts", "/Library/Fonts", Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
    ];

    private static List<SKTypeface> LoadSystemFaces()
    {
        var faces = new List<SKTypeface>();
        foreach (var folder in FontFolders.Where(f => f.Length > 0 && Directory.Exists(f)))
        {
            IEnumerable<string> files;
            try
            {
                files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            faces.AddRange(files.Select(f => SKTypeface.FromFile(f)).OfType<SKTypeface>());
        }

        return faces;
    }
}
