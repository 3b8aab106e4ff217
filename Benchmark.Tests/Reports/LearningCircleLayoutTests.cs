using Benchmark.Reports.Composition;
using Benchmark.Reports.Rendering;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Reports;

/// <summary>The circle report as a reader sees it: the trends of all members, no nearly empty page, heat-map cells on one line.</summary>
public sealed class LearningCircleLayoutTests
{
    private static readonly string[] Symbols = ["++", "+", "−", "−−"];

    [Test]
    public void Conversation_HasATrendChartPerIndicator_WithEveryMemberAsTheReportNamesThem([Values] bool anonymize)
    {
        var engine = ReportTestData.Engine;
        var report = LearningCircleComposer.Compose(engine, "Leerkring Oost", ReportTestData.Year, ReportTestData.Options(anonymize));
        var members = report.HeatMap.Members.Select(m => m.TrimEnd(' ', '◆')).ToList();

        var topics = report.Conversation!.Topics;
        Assert.That(topics.Select(t => t.Trend), Is.All.Not.Null);
        Assert.That(topics.Select(t => t.Trend!.Lines.Select(l => l.Name).Order()), Is.All.EqualTo(members.Order()));
        Assert.That(topics[0].Trend!.Years, Is.EqualTo(new[] { 2019, 2020, 2021, 2022, 2023, 2024 }));
        var text = string.Join("\n", ReportTestData.PageTexts(PdfReportWriter.ToBytes(report)));
        Assert.That(text.Split("Alle leden 2019–2024").Length - 1, Is.GreaterThanOrEqualTo(topics.Count));
        if (anonymize)
        {
            var real = engine.Options.Groups.Find("Leerkring Oost")!.Members.Select(c => engine.Municipalities.Find(c)!.Name);
            Assert.That(topics.SelectMany(t => t.Trend!.Lines).Select(l => l.Name).Intersect(real), Is.Empty);
        }
    }

    [Test]
    public void Trend_OfAnIndicatorWithASeriesBreak_MarksTheBreak()
    {
        var engine = ReportTestData.Engine;
        var indicator = engine.ComparableIndicators.First(i => i.IsSeriesBreak(2022));
        var report = LearningCircleComposer.Compose(engine, "Leerkring Oost", ReportTestData.Year, ReportTestData.Options());

        var topic = report.Conversation!.Topics.Single(t => t.Indicator == indicator.Name.Get(Benchmark.Text.Language.Dutch));

        Assert.That(topic.Trend!.SeriesBreaks, Is.EqualTo(new[] { 2022 }));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void CirclePdf_HasNoNearlyEmptyPage_ButTheCover(bool anonymize)
    {
        var report = LearningCircleComposer.Compose(ReportTestData.Engine, "Leerkring Oost", ReportTestData.Year, ReportTestData.Options(anonymize));
        using var document = PdfDocument.Open(PdfReportWriter.ToBytes(report));

        var counts = document.GetPages().Skip(1).Select(p => (p.Number, Words: p.GetWords().Count())).ToList();

        Assert.That(counts.Where(c => c.Words < 120), Is.Empty, "pages with fewer than 120 words (footer included)");
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Conversation_TwoIndicatorsFitUnderTheIntroduction_AndOnEveryFullPage(bool anonymize)
    {
        // Issue 13: under the introduction only one indicator fitted and 40 % of the page stayed empty.
        var report = LearningCircleComposer.Compose(ReportTestData.Engine, "Leerkring Oost", ReportTestData.Year, ReportTestData.Options(anonymize));
        using var document = PdfDocument.Open(PdfReportWriter.ToBytes(report));
        var pages = document.GetPages().Select(p => p.Text).ToList();
        var first = pages.FindIndex(t => t.Contains("Wat valt op", StringComparison.Ordinal));
        var blocks = pages.Skip(first).TakeWhile(t => t.Contains("Om te bespreken", StringComparison.Ordinal))
            .Select(t => t.Split("Om te bespreken").Length - 1).ToList();

        Assert.That(first, Is.GreaterThan(0));
        Assert.That(blocks[0], Is.EqualTo(2), "the introduction's page");
        Assert.That(blocks.SkipLast(1), Is.All.EqualTo(2), "every page but the last of the section holds two indicators");
    }

    [Test]
    public void HeatMap_EverySymbolSitsOnTheLineOfItsValue()
    {
        var report = LearningCircleComposer.Compose(ReportTestData.Engine, "Leerkring Oost", ReportTestData.Year, ReportTestData.Options());
        using var document = PdfDocument.Open(PdfReportWriter.ToBytes(report));
        var page = document.GetPage(2).GetWords().ToList();
        var header = page.First(w => w.Text == "Indicator").BoundingBox.Bottom;
        var words = page.Where(w => w.BoundingBox.Bottom < header).ToList();

        var alone = words.Where(w => Symbols.Contains(w.Text.Trim('\u00A0', ' '))).Where(s => !words.Any(v =>
            v != s && char.IsDigit(v.Text.TrimEnd('\u00A0', ' ', '%')[^1]) && Math.Abs(v.BoundingBox.Bottom - s.BoundingBox.Bottom) < 1 && s.BoundingBox.Left - v.BoundingBox.Right is > -1 and < 12)).ToList();

        Assert.That(words.Count(w => w.Text.Contains("12.566", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(alone.Select(s => $"{s.Text} at {s.BoundingBox.Left:0},{s.BoundingBox.Bottom:0}"), Is.Empty);
    }
}
