using Benchmark.Reports.Charts;
using Benchmark.Reports.Model;

namespace Benchmark.Reports.Rendering;

/// <summary>Lays out what stands out per indicator (with the trend of all members) and the questions to discuss, one block per indicator, headed on every page.</summary>
internal static class CircleConversationLayout
{
    /// <summary>The height of each indicator's trend chart of all members: two indicators fit on a page, legend included.</summary>
    private const float TrendHeight = 160;

    public static void Compose(PageFlow flow, ConversationSection section)
    {
        SharedLayout.Heading(flow, section.Heading, TextStyle.Heading1, 4);
        flow.Paragraph(section.Intro, TextStyle.Small with { Color = ReportPalette.Muted, Leading = 12 });
        flow.Space(10);
        var text = TextStyle.Small with { Leading = 12 };
        var question = text with { Color = ReportPalette.Heading };
        foreach (var topic in section.Topics)
        {
            var lines = topic.StandsOut.Concat(topic.Questions).Sum(t => flow.Wrap(t, text, PageFlow.Width - 14).Count);
            var chart = topic.Trend is null ? 0 : TrendHeight + 6;
            flow.Ensure(30 + chart + (lines * text.Leading) + 14);
            SharedLayout.Heading(flow, topic.Indicator, TextStyle.Heading3, 2);
            if (topic.Trend is { } trend)
            {
                flow.Chart(() => ChartFactory.Create(trend), TrendHeight);
                flow.Space(6);
            }

            foreach (var point in topic.StandsOut)
            {
                Bullet(flow, "•", point, text);
            }

            flow.Paragraph(section.QuestionsHeading, text with { Bold = true, Color = ReportPalette.Heading });
            foreach (var q in topic.Questions)
            {
                Bullet(flow, "?", q, question);
            }

            flow.Space(8);
        }
    }

    private static void Bullet(PageFlow flow, string mark, string text, TextStyle style)
    {
        var lines = flow.Wrap(text, style, PageFlow.Width - 14);
        flow.Ensure(lines.Count * style.Leading);
        flow.TextAt(mark, PageFlow.Left + 2, flow.Y, style with { Bold = true });
        foreach (var line in lines)
        {
            flow.TextAt(line, PageFlow.Left + 14, flow.Y, style);
            flow.Y += style.Leading;
        }

        flow.Space(1.5f);
    }
}
