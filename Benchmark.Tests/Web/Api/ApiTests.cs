using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Benchmark.Comparison;
using Benchmark.PeerGroups;
using Benchmark.Store.Accounts;
using Benchmark.Tests.Web.Pages;

namespace Benchmark.Tests.Web.Api;

/// <summary>The JSON API: tokens, the engine's numbers, suppression, anonymisation, unpublished years, problem+json.</summary>
[TestFixture]
public sealed class ApiTests
{
    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(WebSite site, string url, string? token, string? language = null)
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static string Token(WebSite site) => site.Store.IssueToken(site.Store.FindAccount("researcher")!.Id);

    [Test]
    public async Task League_Researcher_TheEngineRanksUnderLabels_NoNamesNoCodes()
    {
        await using var site = await ReadSite.StartAsync();
        var engine = ReadSite.CliEngine(site.Store);
        var expected = engine.Rank(Benchmark.Catalog.IndicatorCode.Parse("overhead_pct"), 2023, ComparisonGroup.From(engine.Peers(2023, PeerGroupSpec.Group("Leerkring Oost"), WebSite.Zwolle)));

        var (response, body) = await GetAsync(site, "/api/v1/league/overhead_pct?year=2023&group=group:Leerkring%20Oost", Token(site));
        using var json = JsonDocument.Parse(body);
        var entries = json.RootElement[0].GetProperty("entries").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(entries.Select(e => e.GetProperty("rank").GetInt32()), Is.EqualTo(expected.Entries.Select(e => e.Rank)));
            Assert.That(entries.Select(e => e.GetProperty("value").GetDouble()), Is.EqualTo(expected.Entries.Select(e => e.Value)));
            Assert.That(json.RootElement[0].GetProperty("statistics").GetProperty("median").GetDouble(), Is.EqualTo(expected.Statistics.Values!.Median));
            Assert.That(body, Does.Not.Contain("Zwolle").And.Not.Contain("GM0193").And.Not.Contain("Deventer"));
            Assert.That(entries.All(e => e.GetProperty("municipality").GetProperty("name").GetString()!.StartsWith("Gemeente ", StringComparison.Ordinal)), Is.True);
        });
    }

    [Test]
    public async Task Positions_ByLabel_SameAsCompare()
    {
        await using var site = await ReadSite.StartAsync();
        var token = Token(site);
        var (_, league) = await GetAsync(site, "/api/v1/league/overhead_pct?year=2023&group=group:Leerkring%20Oost", token);
        using var leagueJson = JsonDocument.Parse(league);
        var labels = leagueJson.RootElement[0].GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("municipality").GetProperty("id").GetString()!).ToList();
        var expected = ReadSite.CliEngine(site.Store).Compare(2023, WebSite.Zwolle).Positions.Where(p => p.Rank > 0).Select(p => (p.Indicator.Code.Value, p.Rank)).ToList();

        var ranksPerLabel = new List<List<(string, int)>>();
        foreach (var label in labels)
        {
            var (response, body) = await GetAsync(site, $"/api/v1/positions/{label}?year=2023", token);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), label);
            using var json = JsonDocument.Parse(body);
            ranksPerLabel.Add([.. json.RootElement.EnumerateArray().Where(p => p.GetProperty("rank").ValueKind == JsonValueKind.Number).Select(p => (p.GetProperty("indicator").GetString()!, p.GetProperty("rank").GetInt32()))]);
        }

        Assert.That(ranksPerLabel, Has.Some.EqualTo(expected), "one of the circle's labels is Zwolle, with compare's ranks");
    }

    [Test]
    public async Task Statistics_GroupBelowMinimumSize_Suppressed()
    {
        await using var site = await ReadSite.StartAsync();

        var (_, body) = await GetAsync(site, "/api/v1/statistics/overhead_pct?year=2023&group=group:Klein", Token(site), "en");
        using var json = JsonDocument.Parse(body);
        var stats = json.RootElement[0];

        Assert.Multiple(() =>
        {
            Assert.That(stats.GetProperty("median").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(stats.GetProperty("suppressed").GetString(), Does.Contain("minimum"));
        });
    }

    [Test]
    public async Task UnpublishedYear_NotForResearchers()
    {
        await using var site = await ReadSite.StartAsync();

        var (response, body) = await GetAsync(site, "/api/v1/league/overhead_pct?year=2024", Token(site), "en");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body, Does.Contain("There are no figures for 2024 that you may see."));
        });
    }

    [TestCase("/api/v1/league/nothing", null, HttpStatusCode.NotFound, "Er is geen indicator")]
    [TestCase("/api/v1/league/overhead_pct?group=bogus", "en", HttpStatusCode.BadRequest, "is not a peer group")]
    [TestCase("/api/v1/statistics/overhead_pct?group=nearest:5", "en", HttpStatusCode.BadRequest, "belongs to one municipality")]
    [TestCase("/api/v1/positions/GM0193", "en", HttpStatusCode.NotFound, "There is no municipality")]
    [TestCase("/api/v1/no-such-call", "en", HttpStatusCode.NotFound, "does not exist")]
    public async Task BadInput_ProblemJsonInTheCallersLanguage(string url, string? language, HttpStatusCode status, string detail)
    {
        await using var site = await ReadSite.StartAsync();

        var (response, body) = await GetAsync(site, url, Token(site), language);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body, Does.Contain(detail).And.Not.Contain("   at "));
        });
    }

    [Test]
    public async Task Tokens_UnknownOrDisabled401()
    {
        await using var site = await ReadSite.StartAsync();
        var token = Token(site);

        var (unknown, _) = await GetAsync(site, "/api/v1/indicators", "bmk_not-a-token");
        site.Store.SetDisabled(site.Store.FindAccount("researcher")!.Id, true);
        var (disabled, _) = await GetAsync(site, "/api/v1/indicators", token);

        Assert.Multiple(() =>
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(unknown.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
            Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task OpenApiDocument_AndReferencePage()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = site.Client();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var page = await client.GetStringAsync(new Uri("/api", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(document, Does.Contain("/api/v1/league/{indicator}").And.Contain("/api/v1/partners/{municipality}").And.Not.Contain("/static/"));
            Assert.That(page, Does.Contain("/api/v1/positions/{municipality}").And.Contain("/openapi/v1.json"));
        });
    }
}
