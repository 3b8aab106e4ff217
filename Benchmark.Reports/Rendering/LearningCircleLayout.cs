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
        flow.NewPage();
        Spreads(flow, report.Spreads);
        ConversationLayout.CirclePages(flow, report);
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

        const float indicatorWidth = 118;
        const float medianWidth = 44;
        var memberWidth = (PageFlow.Width - indicatorWidth - medianWidth) / Math.Max(1, heat.Members.Count);
        var size = Math.Clamp(memberWidth / 6.2f, 5.5f, 8f);
        var style = TextStyle.Small with { Size = size, Leading = size + 4 };
        var columns = new List<TableColumn> { new(heat.IndicatorHeading, indicatorWidth) };
        columns.AddRange(heat.Members.Select((m, i) => new TableColumn(i == heat.FocusColumn ? m + " ◆" : m, memberWidth, AlignRight: true, RotateHeader: true)));
        columns.Add(new TableColumn(heat.MedianHeading, medianWidth, AlignRight: true, RotateHeader: true));
        var rows = heat.Rows.Select(r =>
        {
            var cells = new List<TableCell> { new(r.Indicator) };
            cells.AddRange(r.Cells.Select(c => new TableCell(
                c.Text,
                c.Tone == Tone.None ? null : ReportPalette.Fill(c.Tone),
                ReportPalette.IsDark(c.Tone) ? "#FFFFFF" : null)));
            cells.Add(new TableCell(r.Median, Bold: true));
            return (IReadOnlyList<TableCell>)cells;
        });
        flow.Table(columns, rows, style);
        flow.Space(8);
        foreach (var line in heat.Legend)
        {
            flow.Paragraph(line, TextStyle.Note);
        }
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
