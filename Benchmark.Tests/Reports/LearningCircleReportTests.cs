using Benchmark.Reports.Composition;
using Benchmark.Reports.Rendering;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Reports;

public sealed class LearningCircleReportTests
{
    [Test]
    public void LeerkringOost_HeatMapAndPdf_HaveEveryMember()
    {
        var engine = ReportTestData.Engine;
        var members = engine.Options.Groups.Find("Leerkring Oost")!.Members.Select(c => engine.Municipalities.Find(c)!.Name).ToList();

        var report = LearningCircleComposer.Compose(engine, "Leerkring Oost", ReportTestData.Year, ReportTestData.Options());
        var pdf = PdfReportWriter.ToBytes(report);

        Assert.That(members, Has.Count.EqualTo(9));
        Assert.That(report.HeatMap.Members, Is.EquivalentTo(members));
        Assert.That(report.HeatMap.Rows, Has.Count.EqualTo(engine.ComparableIndicators.Count()));
        Assert.That(report.HeatMap.Rows.SelectMany(r => r.Cells).Count(c => c.Tone != Benchmark.Reports.Model.Tone.None), Is.GreaterThan(members.Count * 8));
        var text = string.Join("\n", ReportTestData.PageTexts(pdf));
        Assert.That(members.Where(m => !text.Contains(m, StringComparison.Ordinal)), Is.Empty);
        using var document = PdfDocument.Open(pdf);
        Assert.That(document.Information.Title, Is.EqualTo("Leerkring Oost 2024"));
    }

    [Test]
    public void G4_BelowTheMinimumGroupSize_IsSuppressedWithTheReason()
    {
        var report = LearningCircleComposer.Compose(ReportTestData.Engine, "G4", ReportTestData.Year, ReportTestData.Options());

        Assert.That(report.HeatMap.Notice, Does.Contain("Te weinig waarden in de groep (n = 4, minimaal 5)"));
        Assert.That(report.HeatMap.Rows.SelectMany(r => r.Cells).Select(c => c.Tone), Is.All.EqualTo(Benchmark.Reports.Model.Tone.None));
        Assert.That(report.Spreads.Charts, Is.Empty);
        var pages = ReportTestData.PageTexts(PdfReportWriter.ToBytes(report));
        Assert.That(pages[0], Does.Contain("G4"));
        Assert.That(string.Join("\n", pages), Does.Contain("Te weinig waarden in de groep (n = 4, minimaal 5)"));
    }

    [Test]
    public void Compose_UnknownGroup_ThrowsNamingTheKnownOnes() =>
        Assert.That(
            () => LearningCircleComposer.Compose(ReportTestData.Engine, "Leerkring West", ReportTestData.Year),
            Throws.ArgumentException.With.Message.Contains("Leerkring Oost"));
}
