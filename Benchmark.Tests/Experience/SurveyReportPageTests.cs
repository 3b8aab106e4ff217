using Benchmark.Import;
using Benchmark.Import.Groups;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Model;
using Benchmark.Survey;

namespace Benchmark.Tests.Experience;

/// <summary>The experience-survey page of a municipality report, composed from the sample's aggregates.</summary>
public sealed class SurveyReportPageTests
{
    private static readonly Lazy<BenchmarkEngine> Engine = new(() => new BenchmarkEngine(
        SurveyFixture.Yearly,
        BuiltInMunicipalities.Registry,
        options: BenchmarkOptions.Default with { Groups = GroupFileReader.Read(Path.Combine(TestPaths.Samples, "groups.csv")).Groups }));

    [Test]
    public void SurveyPage_ComparesThemesWithThePeerMedian_AndHidesSmallDepartments()
    {
        var page = Compose("GM0301", SurveyFixture.SampleCells).Survey!;

        var ktv = page.Surveys.Single(s => s.Title.Contains("KTV", StringComparison.Ordinal));
        Assert.That(page.Surveys, Has.Count.EqualTo(2));
        Assert.That(ktv.Facts, Does.StartWith("181 respondenten van 312 medewerkers (respons 58%)"));
        Assert.That(ktv.Themes.Select(t => t.Label), Is.EqualTo(new[] { "Algemeen oordeel bedrijfsvoering", "HR", "Financiën", "ICT", "Facilitair" }));
        Assert.That(ktv.Departments.Rows.Select(r => r[0]), Does.Not.Contain("Bestuur"), "8 respondents: below the minimum cell");
        Assert.That(ktv.Departments.Rows[^1][0], Is.EqualTo("1 afdeling(en) met minder dan 10 respondenten"));
        var facilities = ktv.Themes.Single(t => t.Label == "Facilitair");
        Assert.That(facilities.Verdict, Is.EqualTo("significant lager"));
        Assert.That(facilities.Values.PeerMedian, Is.LessThan(facilities.Values.Lower).Or.GreaterThan(facilities.Values.Upper));
    }

    [Test]
    public void SurveyPage_NineRespondents_NoResult_TenGetOne()
    {
        Assert.That(WorkloadWith(9).Verdict, Is.EqualTo("geen uitkomst (< 10)"));
        Assert.That(WorkloadWith(9).Mean, Is.EqualTo("–"));
        Assert.That(WorkloadWith(10).Mean, Is.Not.EqualTo("–"));
    }

    [Test]
    public void SurveyPage_WithoutRespondentData_IsLeftOut()
    {
        Assert.That(Compose("GM0034", SurveyFixture.SampleCells).Survey, Is.Null);
        Assert.That(Compose("GM0193", []).Survey, Is.Null);
    }

    private static SurveyIntervalRow WorkloadWith(int respondents)
    {
        var zutphen = MunicipalityCode.Parse("GM0301");
        var cells = SurveyFixture.SampleCells
            .Select(c => c.Municipality == zutphen && c.Survey == SurveyKind.Mto && c.Key == "werkdruk"
                ? c with { Respondents = respondents, Mean = respondents < SurveyCell.MinimumRespondents ? double.NaN : c.Mean, StandardDeviation = respondents < SurveyCell.MinimumRespondents ? double.NaN : c.StandardDeviation }
                : c)
            .ToList();
        return Compose("GM0301", cells).Survey!.Surveys[0].Themes.Single(t => t.Label == "Werkdruk");
    }

    private static MunicipalityReport Compose(string code, IReadOnlyList<SurveyCell> cells) =>
        MunicipalityReportComposer.Compose(Engine.Value, MunicipalityCode.Parse(code), 2024, ReportOptions.Default with
        {
            Peers = PeerGroupSpec.Group("Leerkring Oost"),
            Conversation = new ReportConversation { SurveyCells = cells },
        });
}
