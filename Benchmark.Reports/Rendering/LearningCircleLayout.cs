using Benchmark.Reports.Charts;
using Benchmark.Reports.Model;

namespace Benchmark.Reports.Rendering;

/// <summary>Lays a <see cref="LearningCircleReport"/> out: cover, heat-map table, spread charts two by two, appendix.</summary>
internal static class LearningCircleLayout
{
    private const float Gap = 14;

    public static void Compose(PageFlow flow, LearningCircleReport report)
    {
        SharedLayout.Cover(flow, report.Cover);
        flow.NewPage();
        HeatMap(flow, report.HeatMap);
        if (report.Conversation is { } conversation)
        {
            flow.NewPage();
            CircleConversationLayout.Compose(flow, conversation);
        }

        // The spread charts follow on the same page when a row of charts fits under their heading: no half-empty page.
        if (flow.Remaining < 420)
        {
            flow.NewPage();
        }
        else
        {
            flow.Space(16);
        }

        Spreads(flow, report.Spreads);
        foreach (var member in report.Members)
        {
            flow.NewPage();
            SharedLayout.Heading(flow, member.Heading, TextStyle.Heading1, 4);
            flow.Paragraph(member.Intro, TextStyle.Small with { Leading = 12 });
            flow.Space(8);
            SharedLayout.Table(flow, member.Table, TextStyle.Note with { Color = ReportPalette.Ink, Leading = 12 });
        }

        ConversationLayout.CirclePages(flow, report);

        if (report.Efficiency is { } efficiency)
        {
            flow.NewPage();
            EfficiencyLayout.Page(flow, efficiency);
        }

        SharedLayout.Appendix(flow, report.Appendix);
    }

    private static void HeatMap(PageFlow flow, HeatMapSection heat)
    {
        SharedLayout.Heading(flow, heat.Heading, TextStyle.Heading1, 6);
        flow.Paragraph(heat.Intro, TextStyle.Small with { Leading = 12 });
        flow.Space(8);
        if (heat.Notice is { } notice)
        {
            flow.Paragraph(notice, TextStyle.Small with { Bold = true, Color = ReportPalette.Accent });
            flow.Space(6);
        }

        const float indicatorWidth = 112;
        const float medianWidth = 46;
        var memberWidth = (PageFlow.Width - indicatorWidth - medianWidth) / Math.Max(1, heat.Members.Count);
        var rows = heat.Rows.Select(r =>
        {
            var cells = new List<TableCell> { new(r.Indicator) };
            cells.AddRange(r.Cells.Select(c => new TableCell(
                ReportPalette.Symbol(c.Tone) is { Length: > 0 } sign && c.Text != "–" ? c.Text + "\u00A0" + sign : c.Text,
                c.Tone == Tone.None ? null : ReportPalette.Fill(c.Tone),
                ReportPalette.IsDark(c.Tone) ? "#FFFFFF" : null)));
            cells.Add(new TableCell(r.Median, Bold: true));
            return (IReadOnlyList<TableCell>)cells;
        }).ToList();

        // A value and its symbol stay on one line ("€ 12.566 −−"): the font shrinks until the widest cell fits its column.
        var style = FittingStyle(flow, rows.SelectMany(r => r.Skip(1).Take(heat.Members.Count)).Select(c => c.Text), Math.Clamp(memberWidth / 7.6f, 5.2f, 8f), memberWidth);
        var columns = new List<TableColumn> { new(heat.IndicatorHeading, indicatorWidth) };
        columns.AddRange(heat.Members.Select((m, i) => new TableColumn(i == heat.FocusColumn ? m + " ◆" : m, memberWidth, AlignRight: true, RotateHeader: true)));
        columns.Add(new TableColumn(heat.MedianHeading, medianWidth, AlignRight: true, RotateHeader: true));
        flow.Table(columns, rows, style);
        flow.Space(8);
        foreach (var line in heat.Legend)
        {
            flow.Paragraph(line, TextStyle.Note);
        }
    }

    /// <summary>The largest text style, from <paramref name="size"/> down to 4.5 pt, in which every text fits a column of <paramref name="width"/>.</summary>
    private static TextStyle FittingStyle(PageFlow flow, IEnumerable<string> texts, float size, float width)
    {
        var widest = texts.DefaultIfEmpty(string.Empty).ToList();
        var style = TextStyle.Small with { Size = size, Leading = size + 4 };
        while (style.Size > 4.5f && widest.Max(t => flow.Measure(t, style)) > width - (2 * PageFlow.CellPadX) - 0.5f)
        {
            style = style with { Size = style.Size - 0.25f, Leading = style.Size + 3.75f };
        }

        return style;
    }

    private static void Spreads(PageFlow flow, SpreadSection spreads)
    {
        SharedLayout.Heading(flow, spreads.Heading, TextStyle.Heading1, 6);
        flow.Paragraph(spreads.Intro, TextStyle.Small with { Leading = 12 });
        flow.Space(10);
        var width = (PageFlow.Width - Gap) / 2;
        for (var i = 0; i < spreads.Charts.Count; i += 2)
        {
            var pair = spreads.Charts.Skip(i).Take(2).ToList();
            var height = pair.Max(c => Math.Clamp(95 + (15f * c.Bars.Count), 240, 330));
            flow.Ensure(height);
            if (flow.AtTop && i > 0)
            {
                // Every page says what it shows: the charts continue under the section's heading.
                SharedLayout.Heading(flow, spreads.Heading + " " + spreads.Continued, TextStyle.Heading2, 6, bookmark: false);
            }

            for (var j = 0; j < pair.Count; j++)
            {
                var chart = pair[j];
                flow.ChartAt(() => ChartFactory.Create(chart), PageFlow.Left + (j * (width + Gap)), flow.Y, width, height);
            }

            flow.Y += height + Gap;
        }

        foreach (var line in spreads.Omitted)
        {
            flow.Paragraph(line, TextStyle.Note);
        }
    }
}
