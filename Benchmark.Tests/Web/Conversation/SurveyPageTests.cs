using System.Net;
using System.Text.RegularExpressions;
using Benchmark.PeerGroups;
using Benchmark.Reports.Composition;
using Benchmark.Store.Conversation;
using Benchmark.Store.Sharing;
using Benchmark.Store.Survey;
using Benchmark.Tests.Web.Pages;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Web.Conversation;

/// <summary>The experience-survey page: the PDF's numbers, the suppression at 10 respondents, visibility and privacy.</summary>
[TestFixture]
public sealed class SurveyPageTests
{
    [Test]
    public async Task SurveyPage_ShowsThePdfPagesNumbers()
    {
        await using var site = await ConversationSite.WithSampleAsync();
        using var client = await site.SignedInAsync("coordinator");

        var html = await client.GetStringAsync(new Uri("/survey/GM0193/2024", UriKind.Relative));
        var pdf = await client.GetByteArrayAsync(new Uri("/pdf/GM0193?year=2024", UriKind.Relative));
        var expected = MunicipalityReportComposer.Compose(ReadSite.CliEngine(site.Store), WebSite.Zwolle, 2024, ReportOptions.Default with
        {
            Peers = PeerGroupSpec.Default,
            Conversation = new ReportConversation { SurveyCells = site.Store.SurveyCells(), Explanations = site.Store.Explanations(), Agenda = site.Store.AgendaItems() },
        }).Survey!;

        var page = N(ConversationSite.Text(html));
        using var document = PdfDocument.Open(pdf);
        var pdfText = string.Join(" ", document.GetPages().Select(p => p.Text));
        var themes = expected.Surveys.SelectMany(s => s.Themes).ToList();
        Assert.That(themes, Has.Count.EqualTo(11), "6 MTO and 5 KTV themes");
        Assert.That(themes.Count(t => t.Mean != "–"), Is.GreaterThan(8), "Zwolle's sample has results");
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain(N(expected.Surveys[0].Facts)).And.Contain(N(expected.Surveys[1].Facts)), "n and response rate");
            foreach (var t in themes)
            {
                Assert.That(page, Does.Contain(N($"{t.Respondents} {t.Mean} {t.Interval} {t.PeerMedian} {t.Verdict}")), $"{t.Label}: the report's row on the page");
                Assert.That(pdfText, Does.Contain(t.Mean).And.Contain(t.Interval.Split(" – ")[0]).And.Contain(t.PeerMedian), $"{t.Label}: the same numbers in the PDF");
            }

            foreach (var row in expected.Surveys.SelectMany(s => s.Strongest.Rows.Concat(s.Weakest.Rows)))
            {
                Assert.That(page, Does.Contain(N(string.Join(" ", row))), "strongest and weakest items");
            }

            Assert.That(WebUtility.HtmlDecode(html), Does.Not.Contain("data:image").And.Contain("alt=\"Intervaldiagram"), "the chart, an image of its own, with its text alternative");
        });

        // The charts (one per scale and survey) are images of the page, served after the page's own checks.
        var links = ChartLinks.Of(html);
        var svg = await ChartLinks.AllSvgAsync(client, "/survey/GM0193/2024");
        using var deventer = await site.SignedInAsync("director.deventer");
        using var refused = await deventer.GetAsync(new Uri(links[0], UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/survey/GM0193/2024?handler=chart&id=s9-0", UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(links, Has.Count.EqualTo(expected.Surveys.Sum(s => s.Themes.Select(t => t.Scale).Distinct().Count())));
            Assert.That(links, Has.All.StartWith("/survey/GM0193/2024?handler=chart&group=default&id=s"));
            Assert.That(svg, Does.Contain("<svg").And.Contain(WebUtility.HtmlEncode(themes[^1].Label)), "the themes drawn");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a director of another municipality gets no chart of Zwolle");
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Coordinator_ChoosesTheMunicipality_OthersSeeTheirOwnOnly()
    {
        await using var site = await ConversationSite.WithSampleAsync();
        using var coordinator = await site.SignedInAsync("coordinator");
        using var analyst = await site.SignedInAsync("analyst");

        // The page's own form (GET, code as a query value) picks another municipality on the survey and explanation pages.
        var survey = WebUtility.HtmlDecode(await coordinator.GetStringAsync(new Uri("/survey?code=GM0150&year=2024", UriKind.Relative)));
        var explanations = WebUtility.HtmlDecode(await coordinator.GetStringAsync(new Uri("/explanations?code=GM0150&year=2024", UriKind.Relative)));
        var own = WebUtility.HtmlDecode(await analyst.GetStringAsync(new Uri("/survey?year=2024", UriKind.Relative)));
        Assert.Multiple(() =>
        {
            Assert.That(survey, Does.Contain("<select id=\"s-code\" name=\"code\">").And.Contain("<option value=\"GM0150\" selected=\"selected\">"));
            Assert.That(survey, Does.Contain("<option value=\"GM0193\">"), "Zwolle is one of the choices, not chosen");
            Assert.That(explanations, Does.Contain("<select id=\"e-code\" name=\"code\">").And.Contain("<option value=\"GM0150\" selected=\"selected\">"));
            Assert.That(own, Does.Not.Contain("id=\"s-code\"").And.Contain("<input type=\"hidden\" name=\"code\" value=\"GM0193\">"), "an analyst has no choice of municipality");
        });
    }

    [Test]
    public async Task NineRespondents_NoResult_TenGetOne_SmallDepartmentHidden()
    {
        await using var site = await ReadSite.StartAsync();
        ConversationSite.Store(site.Store, [.. ConversationSite.Employees(WebSite.Zwolle, 9, 9), .. ConversationSite.Employees(WebSite.Deventer, 19, 10)]);
        using var zwolle = await site.SignedInAsync("analyst");
        using var deventer = await site.SignedInAsync("director.deventer");

        var nine = ConversationSite.Text(await zwolle.GetStringAsync(new Uri("/survey", UriKind.Relative)));
        var ten = ConversationSite.Text(await deventer.GetStringAsync(new Uri("/survey", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(nine, Does.Contain("9 respondenten"));
            Assert.That(Regex.Count(nine, @"geen uitkomst \(< 10\)"), Is.EqualTo(6), "every MTO theme of 9 respondents is suppressed");
            Assert.That(nine, Does.Not.Match(@"Werkdruk \(1–5\) 9 [0-9]"), "no mean for 9 respondents");
            Assert.That(nine, Does.Not.Contain("Publiekszaken"), "no department below 10");
            Assert.That(ten, Does.Contain("19 respondenten"));
            Assert.That(ten, Does.Not.Contain("geen uitkomst (<"), "19 respondents: every theme has a result");
            Assert.That(ten, Does.Contain("Publiekszaken"), "a department of 10 is shown");
            Assert.That(ten, Does.Not.Contain("Bestuur").And.Contain("1 afdeling(en) met minder dan 10 respondenten"), "a department of 9 is only counted");
            Assert.That(nine + ten, Does.Not.Contain("RSECRET"), "no respondent id on any page");
        });
    }

    [Test]
    public async Task SurveyPage_NoRespondentIdOrRawAnswer_OnAnyPageOfTheSample()
    {
        await using var site = await ConversationSite.WithSampleAsync();
        var ids = File.ReadLines(ConversationSite.SamplePath).Skip(1).Select(l => l.Split(';')[0]).ToHashSet(StringComparer.Ordinal);
        using var client = await site.SignedInAsync("coordinator");
        var pages = new List<string>();
        foreach (var code in new[] { "GM0193", "GM0150", "GM0301", "GM0268" })
        {
            pages.Add(await client.GetStringAsync(new Uri($"/survey/{code}/2024", UriKind.Relative)));
        }

        pages.Add(await client.GetStringAsync(new Uri("/circle/Leerkring%20Oost?year=2024", UriKind.Relative)));
        var all = string.Join("\n", pages);

        Assert.That(ids, Has.Count.GreaterThan(1000));
        Assert.That(ids.Where(all.Contains), Is.Empty, "a respondent id on a page");
        Assert.That(all, Does.Not.Contain("survey_answers").And.Not.Contain("respondent;"), "no raw answer rows");
    }

    [Test]
    public async Task UnpublishedYear_OwnResultsWithoutOthersMedian_OtherMunicipality403()
    {
        await using var site = await ConversationSite.WithSampleAsync();
        using var analyst = await site.SignedInAsync("analyst");
        using var deventer = await site.SignedInAsync("director.deventer");

        var own = ConversationSite.Text(await analyst.GetStringAsync(new Uri("/survey/GM0193/2024?group=group%3ALeerkring%20Oost", UriKind.Relative)));
        var other = await deventer.GetAsync(new Uri("/survey/GM0193/2024", UriKind.Relative));
        site.Store.SetYearState(2024, YearState.Published, "coordinator");
        var published = ConversationSite.Text(await analyst.GetStringAsync(new Uri("/survey/GM0193/2024?group=group%3ALeerkring%20Oost", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(own, Does.Contain("nog niet gepubliceerd").And.Contain("te weinig gemeenten").And.Not.Contain("significant"), "2024 open: no median of others");
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(published, Does.Contain("significant"), "published: compared with the peer median");
        });
    }

    private static string N(string text) => Regex.Replace(text, @"\s+", " ");
}
