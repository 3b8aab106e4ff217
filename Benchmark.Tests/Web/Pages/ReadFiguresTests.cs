using System.Net;
using Benchmark.Comparison;
using Benchmark.PeerGroups;

namespace Benchmark.Tests.Web.Pages;

/// <summary>The read pages show the engine's numbers (those of compare and rank), under the visibility and anonymity rules.</summary>
[TestFixture]
public sealed class ReadFiguresTests
{
    [Test]
    public async Task Dashboard_ShowsTheRanksAndMediansOfCompare()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");
        var comparison = ReadSite.CliEngine(site.Store).Compare(2023, WebSite.Zwolle);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/municipality?year=2023", UriKind.Relative)));

        var ranked = comparison.Positions.Where(p => p.Rank > 0).ToList();
        Assert.That(ranked, Has.Count.GreaterThan(5), "the sample has ranked indicators");
        Assert.Multiple(() =>
        {
            foreach (var p in ranked)
            {
                Assert.That(html, Does.Contain($"<td class=\"num\">{p.Rank}/{p.RankedCount}</td>"), p.Indicator.Code.Value);
            }

            Assert.That(html, Does.Contain("<img src=\"/municipality/GM0193?handler=chart&year=2023&"), "server-rendered SVG charts");
            Assert.That(html, Does.Contain("Cijfers bij de grafiek"), "every chart has its numbers in a table");
        });
    }

    [Test]
    public async Task Dashboard_NamesOnlyInsideTheCircle_LabelsOtherwise()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");

        var sizeClass = await client.GetStringAsync(new Uri("/municipality?year=2023", UriKind.Relative));
        var circle = await client.GetStringAsync(new Uri("/municipality?year=2023&group=group:Leerkring%20Oost", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(sizeClass, Does.Contain("Gemeente ").And.Not.Contain("Groningen"), "Groningen is in Zwolle's size class but not in its circle");
            Assert.That(circle, Does.Contain("Deventer").And.Contain("Apeldoorn"), "circle members are named");
        });
    }

    [Test]
    public async Task UnpublishedYear_OwnFiguresOnly_NoGroupStatisticsFromOthers()
    {
        await using var site = await ReadSite.StartAsync();
        using var zwolle = await site.SignedInAsync("director");
        using var deventer = await site.SignedInAsync("director.deventer");
        using var coordinator = await site.SignedInAsync("coordinator");
        var full = ReadSite.CliEngine(site.Store).Compare(2024, WebSite.Zwolle);
        var rankedForCoordinator = full.Positions.First(p => p.Rank > 0);

        var own = WebUtility.HtmlDecode(await zwolle.GetStringAsync(new Uri("/municipality?year=2024", UriKind.Relative)));
        var other = await deventer.GetAsync(new Uri("/league?code=GM0193&year=2024", UriKind.Relative));
        var deventerLeague = WebUtility.HtmlDecode(await deventer.GetStringAsync(new Uri("/league/" + rankedForCoordinator.Indicator.Code + "?year=2024", UriKind.Relative)));
        var coordinatorView = WebUtility.HtmlDecode(await coordinator.GetStringAsync(new Uri("/municipality/GM0193?year=2024", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(own, Does.Contain("onderdrukt"), "Zwolle sees its own 2024 figures, but no group built from others' unpublished figures");
            Assert.That(own, Does.Not.Contain($"{rankedForCoordinator.Rank}/{rankedForCoordinator.RankedCount}"));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "Deventer may not open Zwolle's figures");
            Assert.That(deventerLeague, Does.Contain("Geen ranglijst").And.Not.Contain("Zwolle"), "Deventer's 2024 league table holds no other municipality");
            Assert.That(coordinatorView, Does.Contain($"{rankedForCoordinator.Rank}/{rankedForCoordinator.RankedCount}"), "the coordinator sees the whole unpublished year");
            Assert.That(own, Does.Contain("2024 is nog niet gepubliceerd").And.Contain("href=\"/municipality/GM0193?year=2023\""), "the director is told why and led to the latest published year");
            Assert.That(own, Does.Contain("(1 gemeente), 2024").And.Not.Contain("1 gemeenten"), "a group of one in the singular");
            Assert.That(coordinatorView, Does.Not.Contain("nog niet gepubliceerd"), "the coordinator sees every figure: no notice");
        });
    }

    [Test]
    public async Task Circle_BelowMinimumSize_NoStatistics()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");
        var stats = ReadSite.CliEngine(site.Store).Statistics(Benchmark.Catalog.IndicatorCode.Parse("overhead_pct"), 2023, ComparisonGroup.From(ReadSite.CliEngine(site.Store).Peers(2023, PeerGroupSpec.Group("Klein"), WebSite.Zwolle)));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/circle/Klein?year=2023", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(stats.IsSuppressed, Is.True, "three members are below the minimum of five");
            Assert.That(html, Does.Contain("Deventer"), "members see each other's names");
            Assert.That(html, Does.Not.Contain("Cijfers bij de grafiek"), "no spread charts (statistics) for a suppressed group");
        });
    }

    [Test]
    public async Task English_ByTheLanguageCookie()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");
        await WebSite.PostFormAsync(client, "/", "/language", new() { ["lang"] = "en", ["returnUrl"] = "/" });

        var html = await client.GetStringAsync(new Uri("/municipality?year=2023", UriKind.Relative));

        Assert.That(html, Does.Contain("Operations benchmark Zwolle 2023").And.Contain("Whom to call?").And.Not.Contain("Met wie bellen?"));
    }
}
