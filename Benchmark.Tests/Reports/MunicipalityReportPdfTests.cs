using System.Globalization;
using System.Text;
using Benchmark.Catalog;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Rendering;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Reports;

public sealed class MunicipalityReportPdfTests
{
    private static readonly CultureInfo DutchCulture = CultureInfo.GetCultureInfo("nl-NL");

    private static byte[] ZwollePdf(bool anonymize = false, Text.Language language = Text.Language.Dutch) =>
        PdfReportWriter.ToBytes(MunicipalityReportComposer.Compose(ReportTestData.Engine, ReportTestData.Zwolle, ReportTestData.Year, ReportTestData.Options(anonymize, language)));

    [Test]
    public void Write_Zwolle_HasCoverSummaryOverviewOnePagePerIndicatorAndAppendix()
    {
        var report = MunicipalityReportComposer.Compose(ReportTestData.Engine, ReportTestData.Zwolle, ReportTestData.Year, ReportTestData.Options());
        using var stream = new MemoryStream();

        var pages = PdfReportWriter.Write(report, stream);

        using var pdf = PdfDocument.Open(stream.ToArray());
        Assert.That(pdf.NumberOfPages, Is.EqualTo(pages));
        // cover + summary + overview + one page per comparable indicator + at least one appendix page
        Assert.That(pages, Is.GreaterThanOrEqualTo(3 + report.Indicators.Count + 1));
        Assert.That(report.Indicators, Has.Count.EqualTo(ReportTestData.Engine.ComparableIndicators.Count()));
        Assert.That(ReportTestData.Normalize(pdf.GetPage(1).Text), Does.Contain("Zwolle").And.Contain("Grootteklasse"));
        Assert.That(ReportTestData.Normalize(pdf.GetPage(2).Text), Does.Contain("pagina 2 van " + pages.ToString(CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Write_Metadata_TitleSubjectAuthorAndCreationDateFromTheClock()
    {
        using var pdf = PdfDocument.Open(ZwollePdf());

        Assert.That(pdf.Information.Title, Is.EqualTo("Benchmark bedrijfsvoering Zwolle 2024"));
        Assert.That(pdf.Information.Subject, Does.StartWith("Positie van Zwolle in Grootteklasse"));
        Assert.That(pdf.Information.Author, Is.EqualTo("Benchmark"));
        Assert.That(pdf.Information.GetCreatedDateTimeOffset(), Is.EqualTo(ReportTestData.Clock.GetUtcNow()));
    }

    [Test]
    public void Write_Fonts_AreEmbeddedDejaVuSubsets()
    {
        var raw = Encoding.Latin1.GetString(ZwollePdf());

        Assert.That(raw, Does.Contain("/FontFile2"), "TrueType font programs are embedded");
        Assert.That(raw, Does.Contain("DejaVuSans").And.Contain("DejaVuSans-Bold"));
        using var pdf = PdfDocument.Open(Encoding.Latin1.GetBytes(raw));
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.That(fonts, Is.Not.Empty.And.All.Contains("DejaVuSans"));
    }

    [Category(TestCategories.Slow)]
    [Test]
    public void Write_SameInputsAndClock_GiveIdenticalBytes()
    {
        var first = ZwollePdf();
        var second = ZwollePdf();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Summary_EveryNumber_EqualsTheEngineFigureFormattedInDutch()
    {
        var comparison = ReportTestData.Engine.Compare(ReportTestData.Year, ReportTestData.Zwolle);
        var summary = ReportTestData.PageTexts(ZwollePdf())[1];

        Assert.Multiple(() =>
        {
            foreach (var p in comparison.Positions)
            {
                var s = p.Group.Values!;
                var name = p.Indicator.Name.Nl;
                Assert.That(summary, Does.Contain(name), name);
                Assert.That(summary, Does.Contain(Dutch(p.Value, p.Indicator.Unit)), name + " value");
                Assert.That(summary, Does.Contain(Dutch(s.Median, p.Indicator.Unit)), name + " median");
                Assert.That(summary, Does.Contain(Dutch(s.Q1, p.Indicator.Unit) + " – " + Dutch(s.Q3, p.Indicator.Unit)), name + " Q1–Q3");
                Assert.That(summary, Does.Contain($"{p.Rank}/{p.RankedCount}"), name + " rank");
            }
        });
    }

    [Category(TestCategories.Slow)]
    [Test]
    public void Anonymized_ContainsNoNameOfAnotherPeerGroupMember_NotInTextNorMetadata()
    {
        var engine = ReportTestData.Engine;
        var group = engine.Peers(ReportTestData.Year, ReportTestData.Zwolle);
        var names = group.Peers.Select(c => engine.Municipalities.Find(c)!.Name).ToList();
        var pdf = ZwollePdf(anonymize: true);
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", ReportTestData.PageTexts(pdf)) + "\n" + document.Information.Title + "\n" + document.Information.Subject + "\n" + document.Information.Keywords;

        Assert.That(names, Has.Count.GreaterThan(10));
        Assert.That(names.Where(n => ReportTestData.ContainsWord(text, n)), Is.Empty);
        var labels = System.Text.RegularExpressions.Regex.Matches(text, @"Gemeente [A-Z]{1,3}\b").Select(m => m.Value).Distinct().ToList();
        Assert.That(text, Does.Contain("Zwolle"));
        Assert.That(labels, Has.Count.GreaterThanOrEqualTo(5), "peers appear under their anonymised labels");
    }

    [Test]
    public void English_UsesEnglishWordsAndNumberConventions()
    {
        var overhead = ReportTestData.Engine.Compare(ReportTestData.Year, ReportTestData.Zwolle)[IndicatorCode.Parse("overhead_pct")]!;
        var text = string.Join("\n", ReportTestData.PageTexts(ZwollePdf(language: Text.Language.English)));

        Assert.That(text, Does.Contain("Summary").And.Contain("percentage point").And.Contain("page 2 of"));
        Assert.That(text, Does.Contain(overhead.Value.ToString("N1", CultureInfo.GetCultureInfo("en-GB")) + "%"));
    }

    /// <summary>The summary's format, written out independently: 11,2% · 7,6 · 1,13 · € 594 (no-break space normalised).</summary>
    private static string Dutch(double value, Unit unit) => unit switch
    {
        Unit.Percent => value.ToString("N1", DutchCulture) + "%",
        Unit.Score => value.ToString("N1", DutchCulture),
        Unit.Number or Unit.FtePerThousandInhabitants => value.ToString("N2", DutchCulture),
        Unit.EuroPerInhabitant or Unit.EuroPerFte or Unit.EuroPerWorkstation => "€ " + value.ToString("N0", DutchCulture),
        _ => throw new AssertionException($"No expected format for {unit}."),
    };
}
