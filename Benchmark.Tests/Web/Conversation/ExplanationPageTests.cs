using System.Net;
using Benchmark.Conversation;
using Benchmark.Store.Conversation;
using Benchmark.Store.Sharing;
using Benchmark.Tests.Web.Pages;

namespace Benchmark.Tests.Web.Conversation;

/// <summary>Explanations (duiding) on the web: written by the municipality's own people, kept with history, shown beside the value.</summary>
[TestFixture]
public sealed class ExplanationPageTests
{
    private static Dictionary<string, string> Fields(string text = "De klantcontactcentrale valt sinds dit jaar onder de bedrijfsvoering.", string category = "bewuste-keuze", string year = "2023", string indicator = "overhead_pct") =>
        new() { ["indicator"] = indicator, ["year"] = year, ["category"] = category, ["text"] = text };

    [Test]
    public async Task Explanation_RoundTrip_History_Audit_AndBesideTheValue()
    {
        await using var site = await ReadSite.StartAsync();
        using var analyst = await site.SignedInAsync("analyst");
        using var director = await site.SignedInAsync("director");
        using var deventer = await site.SignedInAsync("director.deventer");

        var first = await WebSite.PostFormAsync(analyst, "/explanations/GM0193/2023", "/explanations/GM0193", Fields());
        var second = await WebSite.PostFormAsync(director, "/explanations/GM0193/2023", "/explanations/GM0193", Fields("Besluit van de directie: de klantcontactcentrale valt onder de bedrijfsvoering.", "definitieverschil"));
        var page = ConversationSite.Text(await analyst.GetStringAsync(new Uri("/explanations/GM0193/2023", UriKind.Relative)));
        var dashboard = ConversationSite.Text(await director.GetStringAsync(new Uri("/municipality?year=2023", UriKind.Relative)));
        var circle = ConversationSite.Text(await deventer.GetStringAsync(new Uri("/circle/Leerkring%20Oost?year=2023", UriKind.Relative)));

        var stored = site.Store.Explanations(WebSite.Zwolle, 2023).Single();
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(first.Headers.Location!.OriginalString, Is.EqualTo("/explanations/GM0193/2023#ind-overhead_pct"));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(stored, Is.EqualTo(new Explanation(WebSite.Zwolle, "overhead_pct", 2023, ExplanationCategory.DefinitionDifference, "Besluit van de directie: de klantcontactcentrale valt onder de bedrijfsvoering.", "director", site.Clock.GetUtcNow()) { Revision = 2 }));
            Assert.That(site.Store.ExplanationHistory(WebSite.Zwolle, "overhead_pct", 2023).Select(e => e.Author), Is.EqualTo(new[] { "analyst", "director" }));
            Assert.That(page, Does.Contain("Besluit van de directie").And.Contain("definitieverschil").And.Contain("Geschiedenis (2 versies)").And.Contain("De klantcontactcentrale valt sinds dit jaar"), "current text, category and history");
            Assert.That(dashboard, Does.Contain("Duiding: definitieverschil").And.Contain("Besluit van de directie"), "beside the value on the dashboard");
            Assert.That(circle, Does.Contain("Gesprekspunten").And.Contain("Besluit van de directie"), "a talking point on the circle page");
            Assert.That(site.Store.AuditLog().Count(a => a.Action == "explanation.save" && a.Subject == "GM0193 overhead_pct 2023"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task DataError_FlaggedOnTheDashboard()
    {
        await using var site = await ReadSite.StartAsync();
        using var analyst = await site.SignedInAsync("analyst");

        await WebSite.PostFormAsync(analyst, "/explanations/GM0193/2023", "/explanations/GM0193", Fields("Het verzuim is over de bezetting berekend.", "datafout", indicator: "running_costs_per_inhabitant"));
        var dashboard = ConversationSite.Text(await analyst.GetStringAsync(new Uri("/municipality?year=2023", UriKind.Relative)));

        Assert.That(dashboard, Does.Contain("DATAFOUT gemeld, nog niet gecorrigeerd").And.Contain("datafout!"));
    }

    [TestCase("director.deventer")]
    [TestCase("analyst")]
    public async Task SomeoneElsesMunicipality_403_NothingStored(string user)
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync(user);
        var other = user == "analyst" ? "GM0150" : "GM0193";

        var response = await WebSite.PostFormAsync(client, "/explanations", $"/explanations/{other}", Fields());

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<h1>").And.Not.Contain("   at "));
            Assert.That(site.Store.Explanations(), Is.Empty);
        });
    }

    [Test]
    public async Task WithoutAntiforgery_400_NothingStored()
    {
        await using var site = await ReadSite.StartAsync();
        using var analyst = await site.SignedInAsync("analyst");
        using var form = new FormUrlEncodedContent(Fields());

        var response = await analyst.PostAsync(new Uri("/explanations/GM0193", UriKind.Relative), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(site.Store.Explanations(), Is.Empty);
    }

    [TestCase("indicator", "overhead", "Indicator: ‘overhead’ is geen indicator", "Indicator: ‘overhead’ is not a benchmark indicator")]
    [TestCase("indicator", "", "Indicator: kies de indicator", "Indicator: choose the indicator")]
    [TestCase("year", "2031", "Jaar: ‘2031’ is geen jaar", "Year: ‘2031’ is not a year")]
    [TestCase("year", "twintig", "Jaar: ‘twintig’ is geen jaar", "Year: ‘twintig’ is not a year")]
    [TestCase("category", "smoesje", "Categorie: ‘smoesje’ is geen categorie", "Category: ‘smoesje’ is not a category")]
    [TestCase("text", "   ", "Toelichting: schrijf", "Explanation: write")]
    [TestCase("text", "LONG", "Toelichting: 2.001 tekens is te lang", "Explanation: 2,001 characters is too long")]
    [TestCase("text", "a\u0001b", "Toelichting: de tekst bevat stuurtekens", "Explanation: the text contains control characters")]
    public async Task BadField_400_WithTheProblemInBothLanguages_NothingStored(string field, string value, string nl, string en)
    {
        await using var site = await ReadSite.StartAsync();
        using var dutch = await site.SignedInAsync("analyst");
        using var english = await site.SignedInAsync("analyst");
        await WebSite.PostFormAsync(english, "/", "/language", new() { ["lang"] = "en", ["returnUrl"] = "/" });
        var fields = Fields();
        fields[field] = value == "LONG" ? new string('x', 2001) : value;

        var nlResponse = await WebSite.PostFormAsync(dutch, "/explanations/GM0193/2023", "/explanations/GM0193", new(fields));
        var enResponse = await WebSite.PostFormAsync(english, "/explanations/GM0193/2023", "/explanations/GM0193", new(fields));

        Assert.Multiple(async () =>
        {
            Assert.That(nlResponse.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(enResponse.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ConversationSite.Text(await nlResponse.Content.ReadAsStringAsync()), Does.Contain(nl));
            Assert.That(ConversationSite.Text(await enResponse.Content.ReadAsStringAsync()), Does.Contain(en));
            Assert.That(site.Store.Explanations(), Is.Empty);
            Assert.That(site.Store.AuditLog().Where(a => a.Action == "explanation.save"), Is.Empty);
        });
    }

    [Test]
    public async Task Director_UnpublishedYearOfAnotherMember_NotOnTheCirclePage()
    {
        await using var site = await ReadSite.StartAsync();
        using var analyst = await site.SignedInAsync("analyst");
        using var deventer = await site.SignedInAsync("director.deventer");
        await WebSite.PostFormAsync(analyst, "/explanations/GM0193/2024", "/explanations/GM0193", Fields("Geheim tot publicatie.", year: "2024"));
        using var coordinator = await site.SignedInAsync("coordinator");

        var circle = await deventer.GetAsync(new Uri("/circle/Leerkring%20Oost?year=2024", UriKind.Relative));
        var coordinators = await coordinator.GetStringAsync(new Uri("/circle/Leerkring%20Oost?year=2024", UriKind.Relative));

        Assert.That(circle.StatusCode, Is.EqualTo(HttpStatusCode.OK), "Deventer opens its circle in 2024 (its own figures)");
        Assert.That(ConversationSite.Text(await circle.Content.ReadAsStringAsync()), Does.Not.Contain("Geheim tot publicatie"), "2024 is not published: Zwolle's talking point is not Deventer's to read yet");
        Assert.That(ConversationSite.Text(coordinators), Does.Contain("Geheim tot publicatie"), "the coordinator reads it");
        Assert.That(site.Store.Explanations(WebSite.Zwolle, 2024), Has.Count.EqualTo(1));
    }
}
