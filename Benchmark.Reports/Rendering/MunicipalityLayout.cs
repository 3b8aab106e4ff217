using Benchmark.Reports.Charts;
using Benchmark.Reports.Model;
using SkiaSharp;

namespace Benchmark.Reports.Rendering;

/// <summary>Lays a <see cref="MunicipalityReport"/> out on pages: cover, summary, overview, one page per indicator, appendix.</summary>
internal static class MunicipalityLayout
{
    private const float TrendWidth = 282;
    private const float TrendHeight = 190;
    private const float Gap = 12;

    public static void Compose(PageFlow flow, MunicipalityReport report)
    {
        if (report.Key is { } key)
        {
            // Page 1 is the key message and the overview; provenance goes under the summary on page 2.
            SharedLayout.Band(flow, report.Cover);
            KeyMessage(flow, key);
            flow.Space(6);
            Overview(flow, report.Overview);
            flow.NewPage();
            Summary(flow, report.Summary);
            flow.Space(10);
            SharedLayout.Provenance(flow, report.Cover);
        }
        else
        {
            SharedLayout.Cover(flow, report.Cover);
            flow.NewPage();
            Summary(flow, report.Summary);
            flow.NewPage();
            Overview(flow, report.Overview);
        }

        foreach (var section in report.Indicators)
        {
            flow.NewPage();
            Indicator(flow, section);
        }

        ConversationLayout.MunicipalityPages(flow, report);

        if (report.Efficiency is { } efficiency)
        {
            flow.NewPage();
            EfficiencyLayout.Page(flow, efficiency);
        }

        SharedLayout.Appendix(flow, report.Appendix);
    }

    private static void Summary(PageFlow flow, SummarySection summary)
    {
        SharedLayout.Heading(flow, summary.Heading, TextStyle.Heading1, 6);
        flow.Paragraph(summary.Intro, TextStyle.Small with { Leading = 12 });
        flow.Space(10);
        var h = summary.Header;
        TableColumn[] columns =
        [
            new(h.Indicator, 124),
            new(h.Value, 48, AlignRight: true),
            new(h.Median, 46, AlignRight: true),
            new(h.Interquartile, 88, AlignRight: true),
            new(h.Rank, 34, AlignRight: true),
            new(h.Quartile, 45),
            new(h.Change, 44, AlignRight: true),
            new(h.Flags, 66),
        ];
        var style = TextStyle.Small with { Size = 7.8f, Leading = 11 };
        flow.Table(columns, summary.Rows.Select(Row), style);
        flow.Space(8);
        foreach (var line in summary.Legend)
        {
            flow.Paragraph(line, TextStyle.Note);
            flow.Space(2);
        }
    }

    private static IReadOnlyList<TableCell> Row(SummaryRow r)
    {
        var dark = ReportPalette.IsDark(r.Tone);
        var arrow = r.Arrow switch
        {
            ChangeArrow.Up => "▲ ",
            ChangeArrow.Down => "▼ ",
            ChangeArrow.Level => "= ",
            _ => string.Empty,
        };
        return
        [
            new TableCell(r.Indicator),
            new TableCell(r.Value, r.Tone == Tone.None ? null : ReportPalette.Fill(r.Tone), dark ? "#FFFFFF" : null, Bold: true),
            new TableCell(r.Median),
            new TableCell(r.Interquartile),
            new TableCell(r.Rank),
            new TableCell(r.Quartile > 0 ? r.Quartile.ToString(System.Globalization.CultureInfo.InvariantCulture) : "–")
            {
                Painter = (canvas, area) => QuartileMarker(canvas, area, r.Quartile, r.Tone),
                PainterWidth = 26,
            },
            new TableCell(arrow + r.Change, Color: r.ArrowTone == Tone.None ? ReportPalette.Muted : ReportPalette.Stroke(r.ArrowTone)),
            new TableCell(r.Flags, Color: ReportPalette.Muted),
        ];
    }

    /// <summary>Four small boxes, the municipality's quartile filled in its tone (1 = left).</summary>
    private static void QuartileMarker(SKCanvas canvas, SKRect area, int quartile, Tone tone)
    {
        using var outline = new SKPaint { Color = ReportPalette.Sk(ReportPalette.Rule), Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f, IsAntialias = true };
        using var fill = new SKPaint { Color = ReportPalette.Sk(ReportPalette.Stroke(tone)), Style = SKPaintStyle.Fill, IsAntialias = true };
        const float size = 5;
        var top = area.Top + ((area.Height - size) / 2);
        for (var q = 1; q <= 4; q++)
        {
            var box = new SKRect(area.Left + ((q - 1) * (size + 0.8f)), top, area.Left + ((q - 1) * (size + 0.8f)) + size, top + size);
            if (q == quartile)
            {
                canvas.DrawRect(box, fill);
            }

            canvas.DrawRect(box, outline);
        }
    }

    private static void KeyMessage(PageFlow flow, KeySection key)
    {
        SharedLayout.Heading(flow, key.Heading, TextStyle.Heading1, 4);
        flow.Paragraph(key.Intro, TextStyle.Small with { Color = ReportPalette.Muted, Leading = 12 });
        flow.Space(8);
        var style = TextStyle.Body with { Leading = 14 };
        foreach (var finding in key.Findings)
        {
            var lines = flow.Wrap(finding.Text, style, PageFlow.Width - 16);
            flow.Ensure(lines.Count * style.Leading);
            var top = flow.Y;
            var tone = finding.Tone;
            flow.Draw(canvas =>
            {
                using var dot = new SKPaint { Color = ReportPalette.Sk(ReportPalette.Stroke(tone)), IsAntialias = true };
                canvas.DrawCircle(PageFlow.Left + 4, top + (style.Leading / 2), 3.5f, dot);
            });
            foreach (var line in lines)
            {
                flow.TextAt(line, PageFlow.Left + 16, flow.Y, style);
                flow.Y += style.Leading;
            }

            flow.Space(5);
        }
    }

    private static void Overview(PageFlow flow, OverviewSection overview)
    {
        SharedLayout.Heading(flow, overview.Heading, TextStyle.Heading1, 6);
        flow.Paragraph(overview.Intro, TextStyle.Small with { Leading = 12 });
        flow.Space(10);
        var chart = overview.Chart;
        flow.Chart(() => ChartFactory.Create(chart), Math.Min(ChartFactory.PreferredHeight(chart), flow.Remaining));
    }

    private static void Indicator(PageFlow flow, IndicatorSection section)
    {
        SharedLayout.Heading(flow, section.Heading, TextStyle.Heading2, 0);
        flow.Paragraph(section.Subheading, TextStyle.Small with { Color = ReportPalette.Muted });
        flow.Space(8);
        KeyFigures(flow, section.KeyFigures);
        if (section.Notice is { } notice)
        {
            Notice(flow, notice);
        }

        foreach (var paragraph in section.Paragraphs)
        {
            flow.Paragraph(paragraph, TextStyle.Body);
            flow.Space(5);
        }

        flow.Space(4);
        if (section.Ranking is { } ranking)
        {
            var height = Math.Min(ChartFactory.PreferredHeight(ranking), Math.Max(150, flow.Remaining - TrendHeight - Gap));
            flow.Chart(() => ChartFactory.Create(ranking), height);
            flow.Space(Gap);
        }

        var partners = section.Partners;
        var partnerWidth = PageFlow.Width - TrendWidth - Gap;
        var style = TextStyle.Note with { Color = ReportPalette.Ink };
        var columns = SharedLayout.Columns(flow, partners.Table, style, partnerWidth);
        var partnerHeight = 16 + (partners.Table.IsEmpty
            ? flow.Wrap(partners.EmptyText, style, partnerWidth).Count * style.Leading
            : flow.TableHeight(columns, SharedLayout.Cells(partners.Table), style));
        var rowHeight = Math.Max(section.Trend is null ? 0 : TrendHeight, partnerHeight);
        flow.Ensure(rowHeight);
        var top = flow.Y;
        var x = PageFlow.Left;
        if (section.Trend is { } trend)
        {
            flow.ChartAt(() => ChartFactory.Create(trend), x, top, TrendWidth, TrendHeight);
            x += TrendWidth + Gap;
        }

        var width = section.Trend is null ? PageFlow.Width : partnerWidth;
        var headingHeight = flow.Block(partners.Heading, TextStyle.Small with { Bold = true, Color = ReportPalette.Heading }, x, top + 4, width);
        var tableTop = top + 8 + headingHeight;
        if (partners.Table.IsEmpty)
        {
            flow.Block(partners.EmptyText, style with { Color = ReportPalette.Muted }, x, tableTop, width);
        }
        else
        {
            flow.TableAt(SharedLayout.Columns(flow, partners.Table, style, width), SharedLayout.Cells(partners.Table), style, x, tableTop);
        }

        flow.Y = top + rowHeight;
    }

    internal static void KeyFigures(PageFlow flow, IReadOnlyList<Fact> facts)
    {
        const float height = 38;
        flow.Ensure(height + 10);
        var width = (PageFlow.Width - ((facts.Count - 1) * 6)) / facts.Count;
        var x = PageFlow.Left;
        var label = TextStyle.Note;
        var value = TextStyle.Body with { Bold = true, Size = 11.5f, Leading = 15 };
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            flow.Rect(new SKRect(x, flow.Y, x + width, flow.Y + height), i == 0 ? ReportPalette.Notice : ReportPalette.Shade);
            flow.Block(Fit(flow, fact.Label, label, width - 12), label, x + 6, flow.Y + 5, width - 12);
            var shrunk = Shrunk(flow, fact.Value, value, width - 12);
            flow.TextAt(Fit(flow, fact.Value, shrunk, width - 12), x + 6, flow.Y + 18 + ((value.Size - shrunk.Size) * 0.8f), shrunk);
            x += width + 6;
        }

        flow.Y += height + 10;
    }

    /// <summary>The style at the largest size (down to 7.5 pt) at which <paramref name="text"/> fits: a figure is shown whole, not cut.</summary>
    private static TextStyle Shrunk(PageFlow flow, string text, TextStyle style, float width)
    {
        var fitted = style;
        while (fitted.Size > 7.5f && flow.Measure(text, fitted) > width)
        {
            fitted = fitted with { Size = fitted.Size - 0.5f };
        }

        return fitted;
    }

    private static string Fit(PageFlow flow, string text, TextStyle style, float width)
    {
        if (flow.Measure(text, style) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && flow.Measure(text[..cut] + "…", style) > width)
        {
            cut--;
        }

        return text[..cut] + "…";
    }

    private static void Notice(PageFlow flow, string notice)
    {
        var style = TextStyle.Small with { Leading = 11.5f };
        var lines = flow.Wrap(notice, style, PageFlow.Width - 16);
        var height = (lines.Count * style.Leading) + 10;
        flow.Ensure(height);
        flow.Rect(new SKRect(PageFlow.Left, flow.Y, PageFlow.Right, flow.Y + height), ReportPalette.Notice);
        flow.Rect(new SKRect(PageFlow.Left, flow.Y, PageFlow.Left + 3, flow.Y + height), ReportPalette.Accent);
        flow.Block(notice, style, PageFlow.Left + 10, flow.Y + 5, PageFlow.Width - 16);
        flow.Y += height + 8;
    }
}
