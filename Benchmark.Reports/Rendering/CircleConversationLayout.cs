using Benchmark.Reports.Charts;
using Benchmark.Reports.Model;

namespace Benchmark.Reports.Rendering;

/// <summary>Lays out what stands out per indicator (with the trend of all members) and the questions to discuss, one block per indicator, headed on every page.</summary>
internal static class CircleConversationLayout
{
    /// <summary>The height of each indicator's trend chart of all members: two indicators fit on a page, legend included.</summary>
    private const float TrendHeight = 160;

    /// <summary>
    /// The least the trend charts of a page may shrink to so that one more indicator fits on it (under the section's
    /// introduction the second block would otherwise leave 40 % of the page empty). The charts of a page share one height.
    /// </summary>
    private const float MinTrendHeight = 120;

    private const float ChartGap = 6;
    private const float BulletIndent = 14;
    private const float BulletGap = 1.5f;
    private const float BlockGap = 8;

    public static void Compose(PageFlow flow, ConversationSection section)
    {
        SharedLayout.Heading(flow, section.Heading, TextStyle.Heading1, 4);
        flow.Paragraph(section.Intro, TextStyle.Small with { Color = ReportPalette.Muted, Leading = 12 });
        flow.Space(10);
        var text = TextStyle.Small with { Leading = 12 };
        var questionsHeading = text with { Bold = true, Color = ReportPalette.Heading };
        var heights = section.Topics.Select(t => TextHeight(flow, t, section.QuestionsHeading, text, questionsHeading)).ToList();
        for (var i = 0; i < section.Topics.Count;)
        {
            var (count, chart) = Plan(section.Topics, heights, i, flow.Remaining, flow.AtTop);
            if (count == 0)
            {
                flow.NewPage();
                continue;
            }

            for (var k = i; k < i + count; k++)
            {
                Block(flow, section.Topics[k], section.QuestionsHeading, chart, text, questionsHeading);
            }

            i += count;
            if (i < section.Topics.Count)
            {
                flow.NewPage();
            }
        }
    }

    /// <summary>
    /// How many blocks from <paramref name="first"/> fit in <paramref name="room"/> with charts of at least the minimum
    /// height (at least one on an empty page), and the chart height they share: the full height when there is room.
    /// </summary>
    private static (int Count, float Chart) Plan(IReadOnlyList<ConversationTopic> topics, List<float> heights, int first, float room, bool atTop)
    {
        var (count, words, charts) = (0, 0f, 0);
        for (var k = first; k < topics.Count; k++)
        {
            var c = topics[k].Trend is null ? 0 : 1;
            if (words + heights[k] + ((charts + c) * (MinTrendHeight + ChartGap)) > room && !(count == 0 && atTop))
            {
                break;
            }

            (count, words, charts) = (count + 1, words + heights[k], charts + c);
        }

        var chart = charts == 0 ? TrendHeight : Math.Clamp(MathF.Floor(((room - words) / charts) - ChartGap), MinTrendHeight, TrendHeight);
        return (count, chart);
    }

    private static void Block(PageFlow flow, ConversationTopic topic, string questionsHeading, float chart, TextStyle text, TextStyle heading)
    {
        SharedLayout.Heading(flow, topic.Indicator, TextStyle.Heading3, 2);
        if (topic.Trend is { } trend)
        {
            flow.Chart(() => ChartFactory.Create(trend), chart);
            flow.Space(ChartGap);
        }

        foreach (var point in topic.StandsOut)
        {
            Bullet(flow, "•", point, text);
        }

        flow.Paragraph(questionsHeading, heading);
        foreach (var q in topic.Questions)
        {
            Bullet(flow, "?", q, text with { Color = ReportPalette.Heading });
        }

        flow.Space(BlockGap);
    }

    /// <summary>The height of a block without its chart: heading, what stands out, the questions and their heading, the gap after.</summary>
    private static float TextHeight(PageFlow flow, ConversationTopic topic, string questionsHeading, TextStyle text, TextStyle heading)
    {
        var title = (flow.Wrap(topic.Indicator, TextStyle.Heading3, PageFlow.Width).Count * TextStyle.Heading3.Leading) + 2;
        var bullets = topic.StandsOut.Concat(topic.Questions)
            .Sum(t => (flow.Wrap(t, text, PageFlow.Width - BulletIndent).Count * text.Leading) + BulletGap);
        var questions = flow.Wrap(questionsHeading, heading, PageFlow.Width).Count * heading.Leading;
        return title + bullets + questions + BlockGap;
    }

    private static void Bullet(PageFlow flow, string mark, string text, TextStyle style)
    {
        var lines = flow.Wrap(text, style, PageFlow.Width - BulletIndent);
        flow.Ensure(lines.Count * style.Leading);
        flow.TextAt(mark, PageFlow.Left + 2, flow.Y, style with { Bold = true });
        foreach (var line in lines)
        {
            flow.TextAt(line, PageFlow.Left + BulletIndent, flow.Y, style);
            flow.Y += style.Leading;
        }

        flow.Space(BulletGap);
    }
}
