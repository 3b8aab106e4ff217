using System.Net;

namespace Benchmark.Tests.Web.Pages;

/// <summary>The charts of the read pages are images of their own: linked by the page, served as cacheable SVG.</summary>
[TestFixture]
public sealed class ChartImageTests
{
    [Test]
    public async Task Dashboard_LinksEveryChartAsAnImage_AndStaysSmall()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");

        var response = await client.GetAsync(new Uri("/municipality?year=2023", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var links = ChartLinks.Of(html);

        Assert.Multiple(() =>
        {
            Assert.That(links, Has.Count.GreaterThan(10), "the overview, and per indicator the ranked and trend charts");
            Assert.That(links, Has.All.StartWith("/municipality/GM0193?handler=chart&year=2023&group=default&id="));
            Assert.That(links, Does.Contain(links.First(l => l.Contains("id=overview&", StringComparison.Ordinal))));
            Assert.That(html, Does.Not.Contain("data:image"), "no inline images");
            Assert.That(html, Does.Contain("Cijfers bij de grafiek"), "every chart keeps its numbers in a table beside it");
            // With its 25 charts inline as data: URLs (about 20 KB each) this page was over 650 KB; its tables alone are about 100 KB.
            Assert.That(html, Has.Length.LessThan(160_000));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("img-src 'self';"), "images only from the site");
        });
    }

    [Test]
    public async Task Chart_SvgWithStrongETag_PrivateCache_304WhenUnchanged()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");
        var link = ChartLinks.Of(await client.GetStringAsync(new Uri("/municipality?year=2023", UriKind.Relative)))[0];

        using var first = await client.GetAsync(new Uri(link, UriKind.Relative));
        var svg = await first.Content.ReadAsStringAsync();
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(link, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again);
        using var oldLink = await client.GetAsync(new Uri(link[..link.IndexOf("&v=", StringComparison.Ordinal)] + "&v=0", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
            Assert.That(first.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(first.Headers.ETag?.IsWeak, Is.False, "a strong ETag");
            Assert.That(link, Does.EndWith("&v=" + first.Headers.ETag!.Tag.Trim('"')), "the URL names the content");
            Assert.That(first.Headers.CacheControl?.Private, Is.True);
            Assert.That(first.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromHours(1)));
            Assert.That(svg, Does.Contain("<svg"));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.Empty);
            Assert.That(oldLink.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(oldLink.Headers.CacheControl?.NoCache, Is.True, "a URL naming other content: check again before each reuse");
        });
    }

    [TestCase("nope")]
    [TestCase("rank-no_such_indicator")]
    [TestCase("")]
    public async Task Chart_Unknown_404(string id)
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");

        using var response = await client.GetAsync(new Uri($"/municipality/GM0193?handler=chart&year=2023&id={id}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Chart_LanguageIsPartOfTheContentAndTheUrl()
    {
        await using var site = await ReadSite.StartAsync();
        using var dutch = await site.SignedInAsync("director");
        using var english = await site.SignedInAsync("director");
        await WebSite.PostFormAsync(english, "/", "/language", new() { ["lang"] = "en", ["returnUrl"] = "/" });

        var nl = ChartLinks.Of(await dutch.GetStringAsync(new Uri("/municipality?year=2023", UriKind.Relative)));
        var en = ChartLinks.Of(await english.GetStringAsync(new Uri("/municipality?year=2023", UriKind.Relative)));
        var overviewNl = await dutch.GetStringAsync(new Uri(nl.First(l => l.Contains("id=overview&", StringComparison.Ordinal)), UriKind.Relative));
        var overviewEn = await english.GetStringAsync(new Uri(en.First(l => l.Contains("id=overview&", StringComparison.Ordinal)), UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(en, Has.Count.EqualTo(nl.Count));
            Assert.That(en.Intersect(nl), Is.Empty, "each language its own URLs (and ETags)");
            Assert.That(overviewEn, Is.Not.EqualTo(overviewNl));
        });
    }

    [Test]
    public async Task LeagueAndCircle_ChartsServed()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");

        var league = await ChartLinks.AllSvgAsync(client, "/league?year=2023");
        var circle = await ChartLinks.AllSvgAsync(client, "/circle/Leerkring%20Oost?year=2023");

        Assert.Multiple(() =>
        {
            Assert.That(league, Does.Contain("<svg"));
            Assert.That(circle, Does.Contain("<svg").And.Contain("Deventer"), "a circle's members see each other's names, in the charts too");
        });
    }
}
