using Benchmark.Reports.Model;
using SkiaSharp;

namespace Benchmark.Reports.Rendering;

/// <summary>Lays out the experience-survey page, the explanations and learning-agenda page and the circle's talking points.</summary>
internal static class ConversationLayout
{
    private const float IntervalWidth = 128;

    /// <summary>The survey and conversation pages of a municipality report (each only when present).</summary>
    public static void MunicipalityPages(PageFlow flow, MunicipalityReport report)
    {
        if (report.Survey is { } survey)
        {
            flow.NewPage();
            Survey(flow, survey);
        }

        if (report.Duiding is { } conversation)
        {
            flow.NewPage();
            Conversation(flow, conversation);
        }
    }

    /// <summary>The talking points of a circle report, when present.</summary>
    public static void CirclePages(PageFlow flow, LearningCircleReport report)
    {
        if (report.Survey is { } survey)
        {
            flow.NewPage();
            SharedLayout.Heading(flow, survey.Heading, TextStyle.Heading1, 6);
            flow.Paragraph(survey.Intro, TextStyle.Small with { Leading = 12 });
            var style = TextStyle.Small with { Size = 6.8f, Leading = 9.5f };
            for (var i = 0; i < survey.Tables.Count; i++)
            {
                flow.Space(10);
                SharedLayout.Heading(flow, survey.Titles[i], TextStyle.Heading3, 4);
                var table = survey.Tables[i];
                var first = 84f;
                var other = (PageFlow.Width - first) / (table.Header.Count - 1);
                flow.Table([.. table.Header.Select((h, c) => new TableColumn(h, c == 0 ? first : other, AlignRight: c > 0, RotateHeader: c > 0))], SharedLayout.Cells(table), style);
            }

            flow.Space(6);
            foreach (var note in survey.Notes)
            {
                flow.Paragraph(note, TextStyle.Note);
            }
        }

        if (report.TalkingPoints is { } points)
        {
            flow.NewPage();
            Conversation(flow, points);
        }
    }

    private static void Survey(PageFlow flow, SurveySection section)
    {
        SharedLayout.Heading(flow, section.Heading, TextStyle.Heading1, 6);
        flow.Paragraph(section.Intro, TextStyle.Small with { Leading = 12 });
        var style = TextStyle.Small with { Size = 7.6f, Leading = 11 };
        foreach (var block in section.Surveys)
        {
            flow.Space(10);
            SharedLayout.Heading(flow, block.Title, TextStyle.Heading3, 2);
            flow.Paragraph(block.Facts, TextStyle.Note);
            flow.Space(4);
            var h = block.Header;
            TableColumn[] columns =
            [
                new(h[0], 92), new(h[1], 26, AlignRight: true), new(h[2], 52, AlignRight: true), new(h[3], 68, AlignRight: true),
                new(h[4], 46, AlignRight: true), new(h[5], PageFlow.Width - 92 - 26 - 52 - 68 - 46 - IntervalWidth - 8), new(h[6], IntervalWidth + 8),
            ];
            flow.Table(columns, block.Themes.Select(Row), style);
            flow.Space(6);
            foreach (var table in new[] { block.Strongest, block.Weakest, block.Departments }.Where(t => !t.IsEmpty))
            {
                SharedLayout.Table(flow, table, style);
                flow.Space(4);
            }
        }

        flow.Space(6);
        foreach (var note in section.Notes)
        {
            flow.Paragraph(note, TextStyle.Note);
            flow.Space(2);
        }
    }

    private static IReadOnlyList<TableCell> Row(SurveyIntervalRow r) =>
    [
        new TableCell($"{r.Label} ({r.Scale.Min}–{r.Scale.Max})"),
        new TableCell(r.Respondents),
        new TableCell(r.Mean, Bold: true),
        new TableCell(r.Interval),
        new TableCell(r.PeerMedian),
        new TableCell(r.Verdict, Color: r.Tone == Tone.None ? ReportPalette.Muted : ReportPalette.Stroke(r.Tone)),
        new TableCell(string.Empty) { Painter = (canvas, area) => Interval(canvas, area, r), PainterWidth = IntervalWidth },
    ];

    /// <summary>The scale as a grey line, the interval as a band, the mean as a dot and the peer median as a dark tick.</summary>
    private static void Interval(SKCanvas canvas, SKRect area, SurveyIntervalRow r)
    {
        var (min, max) = r.Scale;
        float X(double v) => area.Left + (float)((Math.Clamp(v, min, max) - min) / (max - min) * area.Width);
        var mid = area.MidY;
        using var axis = new SKPaint { Color = ReportPalette.Sk(ReportPalette.Rule), StrokeWidth = 0.8f, IsAntialias = true };
        canvas.DrawLine(area.Left, mid, area.Right, mid, axis);
        canvas.DrawLine(area.Left, mid - 2, area.Left, mid + 2, axis);
        canvas.DrawLine(area.Right, mid - 2, area.Right, mid + 2, axis);
        var (lower, mean, upper, median) = r.Values;
        if (double.IsFinite(lower) && double.IsFinite(upper))
        {
            using var band = new SKPaint { Color = ReportPalette.Sk(ReportPalette.Quartile), IsAntialias = true };
            canvas.DrawRect(new SKRect(X(lower), mid - 2.2f, Math.Max(X(upper), X(lower) + 0.8f), mid + 2.2f), band);
        }

        if (double.IsFinite(median))
        {
            using var tick = new SKPaint { Color = ReportPalette.Sk(ReportPalette.Median), StrokeWidth = 1.4f, IsAntialias = true };
            canvas.DrawLine(X(median), mid - 4.5f, X(median), mid + 4.5f, tick);
        }

        if (double.IsFinite(mean))
        {
            using var dot = new SKPaint { Color = ReportPalette.Sk(r.Tone == Tone.None ? ReportPalette.Accent : ReportPalette.Stroke(r.Tone)), IsAntialias = true };
            canvas.DrawCircle(X(mean), mid, 2.6f, dot);
        }
    }

    private static void Conversation(PageFlow flow, DuidingSection section)
    {
        SharedLayout.Heading(flow, section.Heading, TextStyle.Heading1, 6);
        flow.Paragraph(section.Intro, TextStyle.Small with { Leading = 12 });
        var style = TextStyle.Small with { Size = 7.6f, Leading = 10.5f };
        foreach (var (heading, table) in new[] { (section.ExplanationsHeading, section.Explanations), (section.AgendaHeading, section.Agenda) }.Where(t => !t.Item2.IsEmpty))
        {
            flow.Space(10);
            SharedLayout.Heading(flow, heading, TextStyle.Heading3, 4);
            var columns = table == section.Agenda ? AgendaColumns(table) : SharedLayout.Columns(flow, table, style, PageFlow.Width);
            flow.Table(columns, table.Rows.Select(Cells), style);
        }

        flow.Space(8);
        foreach (var note in section.Notes)
        {
            flow.Paragraph(note, TextStyle.Note);
            flow.Space(2);
        }
    }

    /// <summary>The agenda's columns: the action wide, the numbers narrow, the verdict readable.</summary>
    private static TableColumn[] AgendaColumns(TextTable table)
    {
        float[] widths = [136, 72, 60, 46, 68, 44, 0];
        widths[^1] = PageFlow.Width - widths.Sum();
        return [.. table.Header.Select((h, i) => new TableColumn(h, widths[i], table.NumericColumns.Contains(i)))];
    }

    /// <summary>Plain cells; a data-error flag in the accent colour.</summary>
    private static IReadOnlyList<TableCell> Cells(IReadOnlyList<string> row) =>
        [.. row.Select(t => t.StartsWith("DATA", StringComparison.Ordinal) ? new TableCell(t, Color: ReportPalette.Accent, Bold: true) : new TableCell(t))];
}
