using System.Net;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Store.Sharing;

namespace Benchmark.Tests.Web.Pages;

/// <summary>A chart image is checked as its page: sign-in, the reader's own municipality, unpublished years, names or labels.</summary>
[TestFixture]
public sealed class ChartVisibilityTests
{
    [Test]
    public async Task Chart_Anonymous_SentToSignIn()
    {
        await using var site = await ReadSite.StartAsync();
        using var director = await site.SignedInAsync("director");
        var link = ChartLinks.Of(await director.GetStringAsync(new Uri("/municipality?year=2023", UriKind.Relative)))[0];
        using var anonymous = site.Client();

        using var response = await anonymous.GetAsync(new Uri(link, UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.OriginalString, Does.Contain("/login"));
        });
    }

    [Test]
    public async Task Chart_OfAnotherMunicipalitysUnpublishedYear_403()
    {
        await using var site = await ReadSite.StartAsync();
        using var zwolle = await site.SignedInAsync("director");
        using var deventer = await site.SignedInAsync("director.deventer");
        var links = ChartLinks.Of(await zwolle.GetStringAsync(new Uri("/municipality?year=2024", UriKind.Relative)));
        var indicator = ReadSite.CliEngine(site.Store).Compare(2024, WebSite.Zwolle).Positions.First(p => p.Rank > 0).Indicator.Code;

        var statuses = new List<HttpStatusCode>();
        foreach (var link in links)
        {
            using var response = await deventer.GetAsync(new Uri(link, UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        using var zwolleLeague = await deventer.GetAsync(new Uri($"/league/{indicator}?handler=chart&code=GM0193&year=2024&id=league", UriKind.Relative));
        using var ownLeague = await deventer.GetAsync(new Uri($"/league/{indicator}?handler=chart&year=2024&id=league", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(links, Is.Not.Empty, "Zwolle's own 2024 dashboard has charts");
            Assert.That(statuses, Has.All.EqualTo(HttpStatusCode.Forbidden), "Deventer gets none of Zwolle's charts");
            Assert.That(zwolleLeague.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(ownLeague.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "Deventer's own 2024 group holds nobody else's unpublished figures: no league chart");
        });
    }

    [Test]
    public async Task Chart_LabelsOutsideTheCircle_NamesInside()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");

        var sizeClass = await ChartLinks.AllSvgAsync(client, "/municipality?year=2023");
        var circle = await ChartLinks.AllSvgAsync(client, "/municipality?year=2023&group=group:Leerkring%20Oost");

        Assert.Multiple(() =>
        {
            Assert.That(sizeClass, Does.Contain("Gemeente ").And.Not.Contain("Groningen"), "Groningen is in Zwolle's size class but not in its circle");
            Assert.That(circle, Does.Contain("Deventer").And.Contain("Apeldoorn"), "circle members are named");
        });
    }

    [Test]
    public async Task CircleChart_OnlyForItsMembersAndTheCoordinator()
    {
        await using var site = await ReadSite.StartAsync();
        string[] west = ["GM0363", "GM0599", "GM0518", "GM0344", "GM0392", "GM0546"];
        site.Store.ReplaceCircles(site.Store.Circles().Merge(new NamedGroups([new NamedGroup("West", [.. west.Select(MunicipalityCode.Parse)])])));
        using var coordinator = await site.SignedInAsync("coordinator");
        using var director = await site.SignedInAsync("director");
        var links = ChartLinks.Of(await coordinator.GetStringAsync(new Uri("/circle/West?year=2023", UriKind.Relative)));

        using var own = await coordinator.GetAsync(new Uri(links[0], UriKind.Relative));
        using var other = await director.GetAsync(new Uri(links[0], UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "Zwolle is not in West");
        });
    }
}
