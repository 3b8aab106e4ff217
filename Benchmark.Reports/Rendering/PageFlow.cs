using SkiaSharp;

namespace Benchmark.Reports.Rendering;

/// <summary>
/// Lays content out top to bottom on A4 pages (595 × 842 pt): a cursor, page breaks, word-wrapped text. Drawing is
/// recorded per page and replayed by <see cref="Finish"/>, so every footer can say "page n of N".
/// </summary>
internal sealed partial class PageFlow : IDisposable
{
    public const float PageWidth = 595;
    public const float PageHeight = 842;
    public const float Left = 50;
    public const float Right = PageWidth - 50;
    public const float Top = 56;
    public const float Bottom = PageHeight - 62;

    private readonly List<List<Action<SKCanvas>>> _pages = [];
    private readonly Dictionary<(bool, float), SKFont> _fonts = [];
    private readonly Dictionary<string, SKPaint> _paints = [];
    private readonly Dictionary<(SKFont, string), float> _widths = [];

    public PageFlow() => NewPage();

    public static float Width => Right - Left;

    /// <summary>The cursor: the top of the next content on the current page.</summary>
    public float Y { get; set; }

    public float Remaining => Bottom - Y;

    public int PageCount => _pages.Count;

    /// <summary>The sections for the PDF's bookmarks: title and 0-based page, in order.</summary>
    public List<(string Title, int Page)> Bookmarks { get; } = [];

    /// <summary>Marks the start of a section on the current page, for the bookmarks.</summary>
    public void Bookmark(string title) => Bookmarks.Add((title, _pages.Count - 1));

    public bool AtTop => Y <= Top + 0.5f;

    public void NewPage()
    {
        _pages.Add([]);
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits (or the page is empty).</summary>
    public void Ensure(float height)
    {
        if (Y + height > Bottom && !AtTop)
        {
            NewPage();
        }
    }

    public void Space(float height) => Y = Math.Min(Y + height, Bottom);

    public void Draw(Action<SKCanvas> draw) => _pages[^1].Add(draw);

    public SKFont Font(TextStyle style) => Font(style.Bold, style.Size);

    public SKFont Font(bool bold, float size)
    {
        if (!_fonts.TryGetValue((bold, size), out var font))
        {
            font = ReportFonts.Font(bold, size);
            _fonts[(bold, size)] = font;
        }

        return font;
    }

    public SKPaint Paint(string color)
    {
        if (!_paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = ReportPalette.Sk(color), IsAntialias = true, Style = SKPaintStyle.Fill };
            _paints[color] = paint;
        }

        return paint;
    }

    /// <summary>
    /// Word-wraps <paramref name="text"/> to <paramref name="width"/> points; newlines start new lines; an over-long word
    /// is cut. Language are measured once each (cached) and lines as the sum of words and spaces.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, TextStyle style, float width)
    {
        var font = Font(style);
        var space = TextWidth(font, " ");
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            var lineWidth = 0f;
            // Language held together by no-break spaces stay together unless they alone are wider than the line.
            var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(w => w.Contains('\u00A0', StringComparison.Ordinal) && TextWidth(font, w) > width ? w.Split('\u00A0') : [w]);
            foreach (var word in words)
            {
                var wordWidth = TextWidth(font, word);
                if (line.Length == 0 || lineWidth + space + wordWidth <= width)
                {
                    if (line.Length > 0)
                    {
                        line.Append(' ');
                        lineWidth += space;
                    }

                    line.Append(word);
                    lineWidth += wordWidth;
                    if (lineWidth <= width)
                    {
                        continue;
                    }
                }
                else
                {
                    lines.Add(line.ToString());
                    line.Clear().Append(word);
                    lineWidth = wordWidth;
                    if (lineWidth <= width)
                    {
                        continue;
                    }
                }

                // An over-long word: cut it into pieces that fit, each measured once (linear in the word's length).
                lineWidth = CutToWidth(font, line.ToString(), width, lines, out var rest);
                line.Clear().Append(rest);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>
    /// Adds the full-width pieces of <paramref name="word"/> to <paramref name="lines"/> and returns the width of the
    /// last piece, which is left in <paramref name="rest"/>. Never splits a surrogate pair; at least one character a line.
    /// </summary>
    private static float CutToWidth(SKFont font, string word, float width, List<string> lines, out string rest)
    {
        var start = 0;
        while (true)
        {
            var fit = FallbackText.Fit(font, word.AsSpan(start), width, out var measured);
            if (start + fit >= word.Length)
            {
                rest = word[start..];
                return measured;
            }

            if (fit > 1 && char.IsLowSurrogate(word[start + fit]))
            {
                fit--;
            }

            fit = Math.Max(fit, char.IsHighSurrogate(word[start]) && start + 1 < word.Length ? 2 : 1);
            lines.Add(word.Substring(start, fit));
            start += fit;
        }
    }

    private float TextWidth(SKFont font, string text)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = FallbackText.Measure(font, text);
            _widths[(font, text)] = width;
        }

        return width;
    }

    public float Measure(string text, TextStyle style) => TextWidth(Font(style), text);

    /// <summary>Draws one line with its top at <paramref name="top"/> (not moving the cursor).</summary>
    public void TextAt(string text, float x, float top, TextStyle style, bool alignRight = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        var font = Font(style);
        var paint = Paint(style.Color);
        var baseline = top + Baseline(style);
        var left = alignRight ? x - FallbackText.Measure(font, text) : x;
        Draw(canvas => FallbackText.Draw(canvas, text, left, baseline, font, paint));
    }

    /// <summary>The distance from a line's top to its baseline.</summary>
    public static float Baseline(TextStyle style) => ((style.Leading - style.Size) / 2) + (style.Size * 0.8f);

    /// <summary>A wrapped paragraph at the cursor, breaking pages between lines.</summary>
    public void Paragraph(string text, TextStyle style, float indent = 0, float width = -1)
    {
        var w = width > 0 ? width : Width - indent;
        foreach (var line in Wrap(text, style, w))
        {
            Ensure(style.Leading);
            TextAt(line, Left + indent, Y, style);
            Y += style.Leading;
        }
    }

    /// <summary>Lays out a block of lines at a fixed position (no page break); returns its height.</summary>
    public float Block(string text, TextStyle style, float x, float top, float width)
    {
        var lines = Wrap(text, style, width);
        for (var i = 0; i < lines.Count; i++)
        {
            TextAt(lines[i], x, top + (i * style.Leading), style);
        }

        return lines.Count * style.Leading;
    }

    public void Rect(SKRect rect, string color) => Draw(canvas => canvas.DrawRect(rect, Paint(color)));

    public void Line(float x1, float y1, float x2, float y2, string color, float width = 0.6f)
    {
        var paint = Stroke(color, width);
        Draw(canvas => canvas.DrawLine(x1, y1, x2, y2, paint));
    }

    public SKPaint Stroke(string color, float width)
    {
        var key = color + "/" + width.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!_paints.TryGetValue(key, out var paint))
        {
            paint = new SKPaint { Color = ReportPalette.Sk(color), StrokeWidth = width, IsAntialias = true, Style = SKPaintStyle.Stroke };
            _paints[key] = paint;
        }

        return paint;
    }

    /// <summary>Replays every page onto <paramref name="document"/>, with the footer and "page n of N".</summary>
    public void Finish(SKDocument document, string footer, string pageLabel, bool footerOnFirstPage)
    {
        var note = TextStyle.Note;
        var font = Font(note);
        var paint = Paint(note.Color);
        var rule = Stroke(ReportPalette.Rule, 0.5f);
        for (var i = 0; i < _pages.Count; i++)
        {
            var canvas = document.BeginPage(PageWidth, PageHeight);
            foreach (var draw in _pages[i])
            {
                draw(canvas);
            }

            if (i > 0 || footerOnFirstPage)
            {
                var y = PageHeight - 40;
                canvas.DrawLine(Left, y - 10, Right, y - 10, rule);
                FallbackText.Draw(canvas, footer, Left, y, font, paint);
                var label = string.Format(System.Globalization.CultureInfo.InvariantCulture, pageLabel, i + 1, _pages.Count);
                FallbackText.Draw(canvas, label, Right - FallbackText.Measure(font, label), y, font, paint);
            }

            document.EndPage();
        }
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var paint in _paints.Values)
        {
            paint.Dispose();
        }

        _fonts.Clear();
        _paints.Clear();
    }
}
