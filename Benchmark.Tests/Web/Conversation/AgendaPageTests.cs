using System.Net;
using System.Text;
using Benchmark.Conversation;
using Benchmark.PeerGroups;
using Benchmark.Store.Conversation;
using Benchmark.Store.Sharing;
using Benchmark.Tests.Web.Pages;

namespace Benchmark.Tests.Web.Conversation;

/// <summary>The learning agenda on the web: members record actions with the store's baseline; the page shows the library's follow-up.</summary>
[TestFixture]
public sealed class AgendaPageTests
{
    private const string Oost = "/agenda/Leerkring%20Oost";

    private static Dictionary<string, string> Fields(string partner = "GM0150", string baselineYear = "2023", string due = "2025-09-30") =>
        new() { ["partner"] = partner, ["indicator"] = "overhead_pct", ["text"] = "gezamenlijk contractbeheer", ["owner"] = "Teamleider I&A", ["due"] = due, ["baselineYear"] = baselineYear };

    [Test]
    public async Task Action_RoundTrip_BaselineFromTheStore_FollowUpOfTheLibrary()
    {
        await using var site = await ReadSite.StartAsync();
        site.Store.SetYearState(2024, YearState.Published, "coordinator");
        using var analyst = await site.SignedInAsync("analyst");

        var response = await WebSite.PostFormAsync(analyst, Oost, Oost, Fields());
        var page = ConversationSite.Text(await analyst.GetStringAsync(new Uri(Oost + "?year=2024", UriKind.Relative)));

        var engine = ReadSite.CliEngine(site.Store);
        var item = site.Store.AgendaItems().Single();
        var followUp = AgendaFollowUp.Compute(item, engine, 2024, PeerGroupSpec.Group("Leerkring Oost"));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(item.Municipality, Is.EqualTo(WebSite.Zwolle));
            Assert.That(item.Text, Is.EqualTo("Zwolle leert van Deventer: gezamenlijk contractbeheer"));
            Assert.That(item.Owner, Is.EqualTo("Teamleider I&A"));
            Assert.That(item.Due, Is.EqualTo(new DateOnly(2025, 9, 30)));
            Assert.That(item.Circle, Is.EqualTo("Leerkring Oost"));
            Assert.That(item.BaselineYear, Is.EqualTo(2023));
            Assert.That(item.BaselineValue, Is.EqualTo(engine.Data.ValueOrNaN(WebSite.Zwolle, 2023, "overhead_pct")), "the baseline comes from the store");
            Assert.That(page, Does.Contain("Zwolle leert van Deventer: gezamenlijk contractbeheer"));
            Assert.That(page, Does.Contain(Verdict(followUp)), "the library's verdict, as the circle report words it");
            Assert.That(double.IsFinite(followUp.PeerImprovement), Is.True, "the circle's median moved too");
            Assert.That(site.Store.AuditLog().Count(a => a.Action == "agenda.add"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task NotAMemberOfTheCircle_403_NothingStored()
    {
        await using var site = await ReadSite.StartAsync();
        using var director = await site.SignedInAsync("director");
        using var deventer = await site.SignedInAsync("director.deventer");
        var circles = site.Store.Circles().All.Where(c => !c.Contains(WebSite.Zwolle)).Select(c => c.Name).ToList();
        Assert.That(circles, Is.Not.Empty, "the samples have a circle without Zwolle");
        var url = "/agenda/" + Uri.EscapeDataString(circles[0]);

        var token = await WebSite.AntiforgeryTokenAsync(director, Oost);
        var fields = Fields();
        fields["__af"] = token;
        using var form = new FormUrlEncodedContent(fields);
        var response = await director.PostAsync(new Uri(url, UriKind.Relative), form);
        var learnerForged = await WebSite.PostFormAsync(deventer, Oost, Oost, new(Fields(partner: "GM0150")) { ["learner"] = "GM0193" });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(learnerForged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "Deventer acts for Deventer: learning from itself is refused, the learner field is ignored");
            Assert.That(site.Store.AgendaItems(), Is.Empty);
        });
    }

    [TestCase("partner", "GM0193", "Leert van: ‘GM0193’ is geen ander lid", "Learns from: ‘GM0193’ is not another member")]
    [TestCase("indicator", "", "Indicator: ‘’ is geen indicator", "Indicator: ‘’ is not a benchmark indicator")]
    [TestCase("text", "", "Actie: vul in wat er geleerd of gedaan wordt", "Action: fill in what is learned or done")]
    [TestCase("owner", "", "Eigenaar: vul in wie de actie trekt", "Owner: fill in who leads the action")]
    [TestCase("due", "morgen", "Streefdatum: ‘morgen’ is geen datum", "Due date: ‘morgen’ is not a date")]
    [TestCase("due", "2020-01-01", "Streefdatum: ‘2020-01-01’ is geen datum", "Due date: ‘2020-01-01’ is not a date")]
    [TestCase("baselineYear", "1999", "Basisjaar: ‘1999’ is geen jaar", "Baseline year: ‘1999’ is not a year")]
    public async Task BadField_400_InBothLanguages_NothingStored(string field, string value, string nl, string en)
    {
        await using var site = await ReadSite.StartAsync();
        using var dutch = await site.SignedInAsync("analyst");
        using var english = await site.SignedInAsync("analyst");
        await WebSite.PostFormAsync(english, "/", "/language", new() { ["lang"] = "en", ["returnUrl"] = "/" });
        var fields = Fields();
        fields[field] = value;

        var nlResponse = await WebSite.PostFormAsync(dutch, Oost, Oost, new(fields));
        var enResponse = await WebSite.PostFormAsync(english, Oost, Oost, new(fields));

        Assert.Multiple(async () =>
        {
            Assert.That(nlResponse.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ConversationSite.Text(await nlResponse.Content.ReadAsStringAsync()), Does.Contain(nl));
            Assert.That(ConversationSite.Text(await enResponse.Content.ReadAsStringAsync()), Does.Contain(en));
            Assert.That(site.Store.AgendaItems(), Is.Empty);
        });
    }

    [Test]
    public async Task WithoutAntiforgery_400()
    {
        await using var site = await ReadSite.StartAsync();
        using var analyst = await site.SignedInAsync("analyst");
        using var form = new FormUrlEncodedContent(Fields());

        var response = await analyst.PostAsync(new Uri(Oost, UriKind.Relative), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(site.Store.AgendaItems(), Is.Empty);
    }

    [Test]
    public async Task Export_CoordinatorOnly_TheCsvOfTheCli()
    {
        await using var site = await ReadSite.StartAsync();
        using var analyst = await site.SignedInAsync("analyst");
        using var coordinator = await site.SignedInAsync("coordinator");
        await WebSite.PostFormAsync(analyst, Oost, Oost, Fields());

        var denied = await analyst.GetAsync(new Uri(Oost + "?handler=Export", UriKind.Relative));
        var export = await coordinator.GetAsync(new Uri(Oost + "?handler=Export", UriKind.Relative));
        var bytes = await export.Content.ReadAsByteArrayAsync();
        using var expected = new MemoryStream();
        ConversationCsv.WriteAgenda(site.Store.AgendaItems(), expected);

        Assert.Multiple(() =>
        {
            Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(export.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("leeragenda-leerkring-oost.csv"));
            Assert.That(bytes, Is.EqualTo(expected.ToArray()));
            Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain(ConversationCsv.AgendaHeader).And.Contain("Zwolle leert van Deventer"));
            Assert.That(site.Store.AuditLog().Count(a => a.Action == "agenda.export"), Is.EqualTo(1));
        });
    }

    private static string Verdict(AgendaFollowUp f) =>
        f.Improved is not { } improved ? "niet te beoordelen"
        : !improved ? "niet verbeterd"
        : double.IsNaN(f.ImprovementBeyondPeers) ? "verbeterd"
        : f.ImprovementBeyondPeers > 0 ? "verbeterd, meer dan de groep"
        : "verbeterd, niet meer dan de groep";
}
