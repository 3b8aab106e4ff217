using System.Net;
using System.Text;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;

namespace Benchmark.Tests.Web;

/// <summary>The coordinator's pages: years, accounts, circles, audit log — with bad input on every form.</summary>
[TestFixture]
public sealed class CoordinatorPageTests
{
    [Test]
    public async Task Years_PublishAndBadYear()
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("coordinator");

        var published = await WebSite.PostFormAsync(client, "/coordinator/years", "/coordinator/years", new() { ["year"] = "2024", ["state"] = "published" });
        var bad = await WebSite.PostFormAsync(client, "/coordinator/years", "/coordinator/years", new() { ["year"] = "20x4", ["state"] = "published" });
        var badState = await WebSite.PostFormAsync(client, "/coordinator/years", "/coordinator/years", new() { ["year"] = "2025", ["state"] = "hidden" });
        var page = await client.GetStringAsync(new Uri("/coordinator/years", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("Kies een jaar tussen 1990 en 2100"));
            Assert.That(badState.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(site.Store.YearStates().Select(y => (y.Year, y.State)), Is.EqualTo(new[] { (2024, YearState.Published) }));
            Assert.That(page, Does.Contain("gepubliceerd").And.Contain("2024 terugzetten naar open"));
        });
    }

    [Test]
    public async Task Accounts_AddShowsThePasswordOnceItWorksAndIsNeverLogged()
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("coordinator");

        var added = await WebSite.PostFormAsync(client, "/coordinator/accounts", "/coordinator/accounts?handler=Add", new() { ["userName"] = "Analist.Deventer", ["role"] = "analyst", ["municipality"] = "GM0150" });
        var html = await added.Content.ReadAsStringAsync();
        var password = System.Text.RegularExpressions.Regex.Match(html, "<p class=\"secret\">([^<]+)</p>").Groups[1].Value;
        var again = await client.GetStringAsync(new Uri("/coordinator/accounts", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(password, Has.Length.EqualTo(20));
            Assert.That(site.Store.SignIn("analist.deventer", password).Status, Is.EqualTo(SignInStatus.Success));
            Assert.That(again, Does.Not.Contain(password), "shown once");
            Assert.That(site.Store.AuditLog().Where(a => a.Action == AuditActions.AccountAdd).Select(a => (a.Actor, a.Subject, a.Detail)), Is.EqualTo(new[] { ("coordinator", "analist.deventer", "analyst GM0150") }));
            Assert.That(site.Store.AuditLog().Select(a => a.Detail ?? string.Empty), Has.None.Contain(password));
        });
    }

    [TestCase("x", "coordinator", "", 400, "3 tot 64 tekens")]
    [TestCase("new.analyst", "analyst", "", 400, "hoort bij een gemeente")]
    [TestCase("new.analyst", "analyst", "GM9999", 400, "hoort bij een gemeente")]
    [TestCase("new.boss", "boss", "", 400, "Kies een rol")]
    [TestCase("Analyst", "analyst", "GM0193", 409, "bestaat al")]
    public async Task Accounts_BadInput_ClearMessageNothingStored(string name, string role, string municipality, int status, string message)
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("coordinator");
        var before = site.Store.Accounts().Count;

        var response = await WebSite.PostFormAsync(client, "/coordinator/accounts", "/coordinator/accounts?handler=Add", new() { ["userName"] = name, ["role"] = role, ["municipality"] = municipality });

        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(message));
            Assert.That(site.Store.Accounts(), Has.Count.EqualTo(before));
        });
    }

    [Test]
    public async Task Accounts_DisableRoleChangeTokenAudited()
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("coordinator");
        var director = site.Store.FindAccount("director")!;
        var researcher = site.Store.FindAccount("researcher")!;
        var self = site.Store.FindAccount("coordinator")!;

        await WebSite.PostFormAsync(client, "/coordinator/accounts", "/coordinator/accounts?handler=Disable", new() { ["id"] = director.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["disabled"] = "true" });
        await WebSite.PostFormAsync(client, "/coordinator/accounts", "/coordinator/accounts?handler=Role", new() { ["id"] = director.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["role"] = "analyst", ["municipality"] = "GM0193" });
        var token = await WebSite.PostFormAsync(client, "/coordinator/accounts", "/coordinator/accounts?handler=Token", new() { ["id"] = researcher.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var tokenText = System.Text.RegularExpressions.Regex.Match(await token.Content.ReadAsStringAsync(), "<p class=\"secret\">([^<]+)</p>").Groups[1].Value;
        var selfDisable = await WebSite.PostFormAsync(client, "/coordinator/accounts", "/coordinator/accounts?handler=Disable", new() { ["id"] = self.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["disabled"] = "true" });
        var unknown = await WebSite.PostFormAsync(client, "/coordinator/accounts", "/coordinator/accounts?handler=Reset", new() { ["id"] = "999" });

        Assert.Multiple(() =>
        {
            Assert.That(site.Store.FindAccount(director.Id)!.Disabled, Is.True);
            Assert.That(site.Store.FindAccount(director.Id)!.Role, Is.EqualTo(Role.Analyst));
            Assert.That(site.Store.FindByToken(tokenText)?.UserName, Is.EqualTo("researcher"));
            Assert.That(selfDisable.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(site.Store.FindAccount(self.Id)!.Disabled, Is.False);
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(site.Store.AuditLog().Select(a => a.Action), Is.SupersetOf(new[] { AuditActions.AccountDisable, AuditActions.RoleChange, AuditActions.TokenIssue }));
        });
    }

    [Test]
    public async Task Circles_GroupsFileReplacesThemAFileWithErrorsChangesNothing()
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("coordinator");
        var good = await File.ReadAllBytesAsync(Path.Combine(TestPaths.Samples, "groups.csv"));
        var bad = Encoding.UTF8.GetBytes("groep;gemeentecode\nOost;GM0193\nOost;GM99999x\n");

        var stored = await UploadGroupsAsync(client, "groups.csv", good);
        var refused = await UploadGroupsAsync(client, "groups-bad.csv", bad);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(stored.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(site.Store.Circles().Names, Does.Contain("Leerkring Oost"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("er is niets veranderd").And.Contain("GM99999x"));
            Assert.That(site.Store.Circles().Names, Does.Not.Contain("Oost"));
            Assert.That(site.Store.AuditLog().Count(a => a.Action == AuditActions.Circles), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Audit_ListsSignInsNewestFirst()
    {
        await using var site = await WebSite.StartAsync();
        using var analyst = await site.SignedInAsync("analyst");
        using var client = await site.SignedInAsync("coordinator");

        var html = await client.GetStringAsync(new Uri("/coordinator/audit", UriKind.Relative));

        Assert.That(html.IndexOf("data-label=\"Wie\">coordinator</td>", StringComparison.Ordinal), Is.LessThan(html.IndexOf("data-label=\"Wie\">analyst</td>", StringComparison.Ordinal)).And.GreaterThan(0));
    }

    private static async Task<HttpResponseMessage> UploadGroupsAsync(HttpClient client, string name, byte[] content)
    {
        var token = await WebSite.AntiforgeryTokenAsync(client, "/coordinator/circles");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__af");
        form.Add(new ByteArrayContent(content), "file", name);
        return await client.PostAsync(new Uri("/coordinator/circles", UriKind.Relative), form);
    }
}
