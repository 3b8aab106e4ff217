using System.Net;

namespace Benchmark.Tests.Web.Pages;

/// <summary>Who may open which read page and API call: every role, anonymous included.</summary>
[TestFixture]
public sealed class ReadAccessTests
{
    private static readonly string[] Pages = ["/municipality", "/league", "/circle", "/circle/Leerkring%20Oost", "/pdf"];

    private static readonly string[] Api = ["/api/v1/datasets", "/api/v1/indicators", "/api/v1/municipalities", "/api/v1/league/overhead_pct", "/api/v1/statistics/overhead_pct"];

    [Test]
    public async Task Pages_ForEveryRole()
    {
        await using var site = await ReadSite.StartAsync();
        var outcomes = new List<string>();
        foreach (var user in new[] { (string?)null, "coordinator", "analyst", "director", "director.deventer", "researcher" })
        {
            using var client = user is null ? site.Client() : await site.SignedInAsync(user);
            foreach (var page in Pages)
            {
                var response = await client.GetAsync(new Uri(page, UriKind.Relative));
                var status = response.StatusCode == HttpStatusCode.Redirect ? "302 " + new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                outcomes.Add($"{user ?? "anonymous"} {page} {status}");
            }
        }

        var expected = new List<string>();
        foreach (var page in Pages)
        {
            expected.Add($"anonymous {page} 302 /login");
        }

        foreach (var user in new[] { "coordinator", "analyst", "director", "director.deventer" })
        {
            foreach (var page in Pages)
            {
                expected.Add($"{user} {page} 200");
            }
        }

        foreach (var page in Pages)
        {
            expected.Add($"researcher {page} 403");
        }

        Assert.That(outcomes, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Api_ForEveryRole_AnonymousGets401ProblemJson()
    {
        await using var site = await ReadSite.StartAsync();
        foreach (var user in new[] { (string?)null, "coordinator", "analyst", "director", "researcher" })
        {
            using var client = user is null ? site.Client() : await site.SignedInAsync(user);
            foreach (var call in Api)
            {
                var response = await client.GetAsync(new Uri(call, UriKind.Relative));
                Assert.Multiple(() =>
                {
                    Assert.That(response.StatusCode, Is.EqualTo(user is null ? HttpStatusCode.Unauthorized : HttpStatusCode.OK), $"{user ?? "anonymous"} {call}");
                    Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(user is null ? "application/problem+json" : "application/json"), $"{user ?? "anonymous"} {call}");
                });
            }
        }
    }

    [Test]
    public async Task QualityPage_AnalystsAndCoordinatorOnly()
    {
        await using var site = await ReadSite.StartAsync();
        using var analyst = await site.SignedInAsync("analyst");
        using var director = await site.SignedInAsync("director");

        var html = await analyst.GetStringAsync(new Uri("/quality?year=2023", UriKind.Relative));
        var denied = await director.GetAsync(new Uri("/quality", UriKind.Relative));
        var other = await analyst.GetAsync(new Uri("/quality/GM0150", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("Datakwaliteit Zwolle 2023").And.Contain("benchmark-2023.csv"));
            Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task Dashboard_OfAnotherMunicipality_403InDutch()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director.deventer");

        var response = await client.GetAsync(new Uri("/municipality/GM0193", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("alleen het dashboard van uw eigen gemeente"));
        });
    }

    [TestCase("/municipality?group=nonsense", HttpStatusCode.BadRequest, "geen vergelijkingsgroep")]
    [TestCase("/municipality?group=group:Nergens", HttpStatusCode.NotFound, "geen leerkring")]
    [TestCase("/municipality?year=1990", HttpStatusCode.NotFound, "geen cijfers")]
    [TestCase("/municipality/XX", HttpStatusCode.BadRequest, "geen gemeentecode")]
    [TestCase("/league/no_such_indicator", HttpStatusCode.NotFound, "geen indicator")]
    [TestCase("/circle/Nergens", HttpStatusCode.NotFound, "geen leerkring")]
    [TestCase("/circle/G4", HttpStatusCode.Forbidden, "alleen voor haar leden")]
    public async Task BadInput_ClearPageWithTheRightStatus(string url, HttpStatusCode status, string message)
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(html, Does.Contain(message));
            Assert.That(html, Does.Not.Contain("Exception").And.Not.Contain("   at "));
        });
    }
}
