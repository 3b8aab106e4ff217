using Benchmark.Reports.Model;
using SkiaSharp;

namespace Benchmark.Reports.Rendering;

/// <summary>Layout shared by every report: cover, headings, appendix, plain tables.</summary>
internal static class SharedLayout
{
    /// <summary>A last page filled less than this (in points, about a third of the text height) counts as nearly empty.</summary>
    private const float NearlyEmpty = 240;

    public static void Cover(PageFlow flow, CoverPage cover)
    {
        var band = TextStyle.Heading1 with { Size = 30, Leading = 36, Color = "#FFFFFF" };
        var kicker = TextStyle.Body with { Size = 11, Color = "#D6E2EE" };
        var subtitle = TextStyle.Body with { Size = 15, Leading = 20, Color = "#FFFFFF" };
        var titleLines = flow.Wrap(cover.Title, band, PageFlow.Width);
        var bandHeight = 70 + 20 + (titleLines.Count * band.Leading) + 14 + subtitle.Leading + 40;
        flow.Rect(new SKRect(0, 0, PageFlow.PageWidth, bandHeight), ReportPalette.Heading);
        flow.Rect(new SKRect(0, bandHeight, PageFlow.PageWidth, bandHeight + 5), ReportPalette.Accent);
        var y = 70f;
        flow.TextAt(cover.Kicker, PageFlow.Left, y, kicker);
        y += 20;
        foreach (var line in titleLines)
        {
            flow.TextAt(line, PageFlow.Left, y, band);
            y += band.Leading;
        }

        y += 14;
        flow.TextAt(cover.Subtitle, PageFlow.Left, y, subtitle);
        flow.Y = bandHeight + 40;

        var label = TextStyle.Small with { Bold = true, Color = ReportPalette.Muted };
        var value = TextStyle.Body;
        const float labelWidth = 130;
        foreach (var fact in cover.Facts)
        {
            var lines = flow.Wrap(fact.Value, value, PageFlow.Width - labelWidth);
            flow.Ensure(lines.Count * value.Leading);
            flow.TextAt(fact.Label, PageFlow.Left, flow.Y + 1.5f, label);
            foreach (var line in lines)
            {
                flow.TextAt(line, PageFlow.Left + labelWidth, flow.Y, value);
                flow.Y += value.Leading;
            }

            flow.Y += 5;
        }

        flow.Space(14);
        flow.Line(PageFlow.Left, flow.Y, PageFlow.Right, flow.Y, ReportPalette.Rule);
        flow.Space(12);
        foreach (var note in cover.Notes)
        {
            flow.Paragraph(note, TextStyle.Small with { Leading = 12 });
            flow.Space(6);
        }
    }

    /// <summary>A compact title band (kicker, title, subtitle) at the top of page 1, leaving the page for the key message.</summary>
    public static void Band(PageFlow flow, CoverPage cover)
    {
        var title = TextStyle.Heading1 with { Size = 22, Leading = 27, Color = "#FFFFFF" };
        var kicker = TextStyle.Body with { Size = 9.5f, Color = "#D6E2EE" };
        var subtitle = TextStyle.Body with { Size = 12, Leading = 16, Color = "#FFFFFF" };
        const float bandHeight = 96;
        flow.Rect(new SKRect(0, 0, PageFlow.PageWidth, bandHeight), ReportPalette.Heading);
        flow.Rect(new SKRect(0, bandHeight, PageFlow.PageWidth, bandHeight + 4), ReportPalette.Accent);
        flow.TextAt(cover.Kicker, PageFlow.Left, 22, kicker);
        flow.TextAt(cover.Title, PageFlow.Left, 38, title);
        flow.TextAt(cover.Subtitle, PageFlow.Left, 38 + title.Leading + 2, subtitle);
        flow.Y = bandHeight + 22;
    }

    /// <summary>The cover's facts (versions, hashes, members) as a compact block in small print.</summary>
    public static void Provenance(PageFlow flow, CoverPage cover)
    {
        Heading(flow, cover.ProvenanceHeading, TextStyle.Heading3, 3);
        var label = TextStyle.Note with { Bold = true, Color = ReportPalette.Muted };
        var value = TextStyle.Note with { Color = ReportPalette.Ink };
        const float labelWidth = 110;
        foreach (var fact in cover.Facts)
        {
            var lines = flow.Wrap(fact.Value.Replace("\n", "; ", StringComparison.Ordinal), value, PageFlow.Width - labelWidth);
            flow.Ensure(lines.Count * value.Leading);
            flow.TextAt(fact.Label, PageFlow.Left, flow.Y, label);
            foreach (var line in lines)
            {
                flow.TextAt(line, PageFlow.Left + labelWidth, flow.Y, value);
                flow.Y += value.Leading;
            }

            flow.Y += 1.5f;
        }

        flow.Space(4);
        foreach (var note in cover.Notes)
        {
            flow.Paragraph(note, TextStyle.Note);
            flow.Space(3);
        }
    }

    public static void Heading(PageFlow flow, string text, TextStyle style, float spaceAfter = 6, bool bookmark = true)
    {
        var lines = flow.Wrap(text, style, PageFlow.Width);
        flow.Ensure((lines.Count * style.Leading) + 40);
        if (bookmark && (style == TextStyle.Heading1 || style == TextStyle.Heading2))
        {
            flow.Bookmark(text);
        }

        foreach (var line in lines)
        {
            flow.TextAt(line, PageFlow.Left, flow.Y, style);
            flow.Y += style.Leading;
        }

        flow.Space(spaceAfter);
    }

    public static void Appendix(PageFlow flow, AppendixSection appendix)
    {
        // A last page with only a few lines is laid out again, tighter, so that it moves up onto the page before.
        var mark = flow.Mark();
        Appendix(flow, appendix, compact: false);
        if (flow.PageCount > mark.Pages + 1 && flow.Y - PageFlow.Top < NearlyEmpty)
        {
            flow.Restore(mark);
            Appendix(flow, appendix, compact: true);
        }
    }

    private static void Appendix(PageFlow flow, AppendixSection appendix, bool compact)
    {
        var paragraph = compact ? TextStyle.Note with { Color = ReportPalette.Ink, Size = 7.2f, Leading = 8.8f } : TextStyle.Small with { Leading = 11.5f };
        flow.NewPage();
        Heading(flow, appendix.Heading, TextStyle.Heading1, compact ? 6 : 10);
        foreach (var block in appendix.Blocks)
        {
            Heading(flow, block.Heading, TextStyle.Heading3, compact ? 2 : 4);
            foreach (var text in block.Paragraphs)
            {
                flow.Paragraph(text, paragraph);
                flow.Space(compact ? 2 : 4);
            }

            if (block.Table is { } table)
            {
                flow.Space(2);
                Table(flow, table, compact ? TextStyle.Note with { Color = ReportPalette.Ink, Size = 7f, Leading = 8.6f } : TextStyle.Note with { Color = ReportPalette.Ink });
            }

            flow.Space(compact ? 4 : 10);
        }
    }

    /// <summary>A plain table over the full width: numeric columns narrow and right-aligned, text columns share the rest by content.</summary>
    public static void Table(PageFlow flow, TextTable table, TextStyle style) =>
        flow.Table(Columns(flow, table, style, PageFlow.Width), Cells(table), style);

    public static IReadOnlyList<TableColumn> Columns(PageFlow flow, TextTable table, TextStyle style, float width)
    {
        var n = table.Header.Count;
        var natural = new float[n];
        for (var i = 0; i < n; i++)
        {
            var widest = flow.Measure(table.Header[i], style with { Bold = true });
            foreach (var row in table.Rows)
            {
                widest = Math.Max(widest, flow.Measure(row[i], style));
            }

            natural[i] = widest + 10;
        }

        var total = natural.Sum();
        if (total <= width)
        {
            var extra = (width - total) / n;
            return [.. Enumerable.Range(0, n).Select(i => new TableColumn(table.Header[i], natural[i] + extra, table.NumericColumns.Contains(i)))];
        }

        // Too wide: keep short columns at their natural width and share the rest among the long ones.
        var fair = width / n;
        var fixedWidth = natural.Where(w => w <= fair).Sum();
        var longTotal = natural.Where(w => w > fair).Sum();
        return [.. Enumerable.Range(0, n).Select(i => new TableColumn(
            table.Header[i],
            natural[i] <= fair ? natural[i] : (width - fixedWidth) * natural[i] / longTotal,
            table.NumericColumns.Contains(i)))];
    }

    public static IEnumerable<IReadOnlyList<TableCell>> Cells(TextTable table) =>
        table.Rows.Select(r => (IReadOnlyList<TableCell>)[.. r.Select(t => new TableCell(t))]);
}
