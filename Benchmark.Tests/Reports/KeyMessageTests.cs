using System.Text;
using Benchmark.Catalog;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Model;
using Benchmark.Reports.Rendering;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Reports;

/// <summary>The report speaks to its director: the key message first, details that read right, an archivable PDF (issue 13).</summary>
public sealed class KeyMessageTests
{
    private static MunicipalityReport Zwolle(Text.Language language = Text.Language.Dutch) =>
        MunicipalityReportComposer.Compose(ReportTestData.Engine, ReportTestData.Zwolle, ReportTestData.Year, ReportTestData.Options(language: language));

    [Test]
    public void KeyMessage_RanksTheUnfavourablePositionsByEuros_WithTheirNumbers()
    {
        var key = Zwolle().Key!;
        var overhead = ReportTestData.Engine.Compare(ReportTestData.Year, ReportTestData.Zwolle)[IndicatorCode.Parse("overhead_pct")]!;

        Assert.That(key.Findings, Has.Count.InRange(3, 5));
        var first = ReportTestData.Normalize(key.Findings[0].Text);
        Assert.That(first, Does.StartWith($"Overhead (%): 11,4%, rang {overhead.Rank} van {overhead.RankedCount}"));
        Assert.That(first, Does.Contain("€ 6,1 mln boven de mediaan").And.Contain("€ 11,5 mln tot het beste kwartiel"));
        Assert.That(overhead.DifferenceToMedianEuros, Is.EqualTo(6.1e6).Within(0.05e6), "the sentence's number is the engine's");
        Assert.That(overhead.GapToBestQuartileEuros, Is.EqualTo(11.5e6).Within(0.05e6));
        Assert.That(key.Findings.Select(f => f.Tone), Does.Contain(Tone.Worst).And.Contain(Tone.Best));
    }

    [Test]
    public void PageOne_IsTheKeyMessageAndTheOverview_ProvenanceIsOnPageTwo()
    {
        using var pdf = PdfDocument.Open(PdfReportWriter.ToBytes(Zwolle()));
        var one = ReportTestData.Normalize(pdf.GetPage(1).Text);
        var two = ReportTestData.Normalize(pdf.GetPage(2).Text);

        Assert.That(one, Does.Contain("Kernboodschap").And.Contain("Overzicht").And.Contain("€ 11,5 mln"));
        Assert.That(one, Does.Not.Contain("SHA-256"));
        Assert.That(two, Does.Contain("Samenvatting").And.Contain("Herkomst en methode").And.Contain("SHA-256"));
    }

    [Test]
    public void Pdf_IsPdfA2b_WithKeywordsInWords_AndAConfigurableAuthor()
    {
        var report = Zwolle() with { Info = Zwolle().Info with { Author = "Gemeente Zwolle" } };
        var bytes = PdfReportWriter.ToBytes(report);
        var raw = Encoding.Latin1.GetString(bytes);
        using var pdf = PdfDocument.Open(bytes);

        Assert.That(raw, Does.Contain("<pdfaid:part>2</pdfaid:part>").And.Contain("<pdfaid:conformance>B</pdfaid:conformance>"));
        Assert.That(pdf.Information.Author, Is.EqualTo("Gemeente Zwolle"));
        Assert.That(pdf.Information.Keywords, Does.Contain("Overhead (%)").And.Not.Contain("overhead_pct"));
    }

    [Test]
    public void Pdf_DocumentId_IsDerivedFromTheContent()
    {
        var first = Encoding.Latin1.GetString(PdfReportWriter.ToBytes(Zwolle()));
        var english = Encoding.Latin1.GetString(PdfReportWriter.ToBytes(Zwolle(Text.Language.English)));

        var id = System.Text.RegularExpressions.Regex.Match(first, "/ID \\[<([0-9A-F]{32})>").Groups[1].Value;
        Assert.That(id, Is.Not.Empty);
        Assert.That(first, Does.Contain("uuid:" + id[..8].ToLowerInvariant() + "-"));
        Assert.That(english, Does.Not.Contain(id), "another document, another ID");
    }

    [Test]
    public void SeriesBreak_IsNamedOnceInTheAppendix()
    {
        var text = string.Join(" ", Zwolle().Appendix.Blocks.SelectMany(b => b.Table?.Rows ?? []).SelectMany(r => r));

        Assert.That(text, Does.Not.Contain("(trendbreuk). (trendbreuk)").And.Not.Contain("trendbreuk) (trendbreuk"));
        Assert.That(text.Split("trendbreuk").Length - 1, Is.EqualTo(1));
    }

    [Test]
    public void SummaryFlags_WrapBetweenFlagsOnly()
    {
        var row = Zwolle().Summary.Rows.FirstOrDefault(r => r.Flags.Contains(',', StringComparison.Ordinal));
        var flags = row?.Flags ?? Tones.Flags(Benchmark.Comparison.PositionFlags.NotSignificant | Benchmark.Comparison.PositionFlags.BelowPublicationThreshold, Text.Language.Dutch);

        Assert.That(flags.Split(", ").All(f => !f.Contains(' ', StringComparison.Ordinal)), Is.True, flags);
    }

    [Test]
    public void NarrowInterval_IsShownWithTheDecimalsItNeeds()
    {
        var numbers = new NumberText(Text.Language.Dutch);

        Assert.That(numbers.Distinct(7.18, 7.24, Benchmark.Catalog.Unit.Score), Is.EqualTo(("7,18", "7,24")));
        Assert.That(numbers.Distinct(6.8, 7.6, Benchmark.Catalog.Unit.Score), Is.EqualTo(("7", "8")).Or.EqualTo(("6,8", "7,6")));
    }

    [Test]
    public void Palette_OverviewDotAndTableCellShareTheHue_AndAreNotRedGreen()
    {
        Assert.That(ReportPalette.Stroke(Tone.Weak), Is.Not.EqualTo(ReportPalette.Stroke(Tone.Worst)), "quartile 3 and 4 differ in the overview as in the table");
        Assert.That(ReportPalette.Stroke(Tone.Worst), Is.EqualTo(ReportPalette.Fill(Tone.Worst)));
        Assert.That(ReportPalette.Symbol(Tone.Best), Is.EqualTo("++"));
        Assert.That(ReportPalette.Fill(Tone.Best), Is.Not.EqualTo("#2F8F5B"), "no longer green");
    }

    [Test]
    public void CircleReport_OpensTheConversation_PerIndicatorWithQuestions_AndAPagePerMember()
    {
        var circle = LearningCircleComposer.Compose(ReportTestData.Engine, "Leerkring Oost", ReportTestData.Year, ReportTestData.Options());
        var conversation = circle.Conversation!;

        Assert.That(conversation.Topics, Is.Not.Empty);
        foreach (var topic in conversation.Topics)
        {
            Assert.That(topic.Questions, Has.Count.InRange(3, 5), topic.Indicator);
            Assert.That(topic.StandsOut[0], Does.StartWith("Spreiding:"), topic.Indicator);
        }

        var overhead = conversation.Topics.Single(t => t.Indicator == "Overhead (%)");
        Assert.That(overhead.StandsOut, Has.Some.StartsWith("Grootste beweger:").And.Some.StartsWith("Gunstigst:"));
        Assert.That(overhead.Questions, Has.Some.Contains("bij vergelijkbare omvang?"));
        Assert.That(circle.Members, Has.Count.EqualTo(circle.HeatMap.Members.Count));
        Assert.That(circle.Members[0].Table.Rows, Has.Count.EqualTo(circle.HeatMap.Rows.Count));
    }

    [Test]
    public void CircleReport_EveryPageHasAHeading()
    {
        var circle = LearningCircleComposer.Compose(ReportTestData.Engine, "Leerkring Oost", ReportTestData.Year, ReportTestData.Options());
        var pages = ReportTestData.PageTexts(PdfReportWriter.ToBytes(circle));

        var spreadPages = pages.Where(p => p.Contains("mediaan", StringComparison.Ordinal) && p.Contains("Q1–Q3", StringComparison.Ordinal)).ToList();
        Assert.That(spreadPages, Is.Not.Empty);
        Assert.That(spreadPages, Has.All.Contains("Spreiding per indicator"));
    }

    [Test]
    public void Pdf_HasABookmarkPerSection_AndItsLanguage()
    {
        var bytes = PdfReportWriter.ToBytes(Zwolle());
        using var pdf = PdfDocument.Open(bytes);

        Assert.That(pdf.TryGetBookmarks(out var bookmarks), Is.True);
        var titles = bookmarks!.GetNodes().Select(n => n.Title).ToList();
        Assert.That(titles.Take(3), Is.EqualTo(new[] { "Kernboodschap", "Overzicht", "Samenvatting" }));
        Assert.That(titles, Does.Contain("Overhead (%)").And.Contain("Verantwoording"));
        Assert.That(Encoding.Latin1.GetString(bytes), Does.Contain("/Lang (nl-NL)"));
        Assert.That(pdf.NumberOfPages, Is.GreaterThan(10), "the incremental update keeps every page");
    }
}
