using System.Net;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;

namespace Benchmark.Tests.Web;

/// <summary>The site's shell: health, layout, language switch, security headers, sign-in and lock-out.</summary>
[TestFixture]
public sealed class ShellTests
{
    [Test]
    public async Task Health_AnswersWhenTheStoreIsReachable()
    {
        await using var site = await WebSite.StartAsync();
        using var client = site.Client();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("ok"));
        });
    }

    [Test]
    public async Task Home_DutchByDefaultWithLandmarksSkipLinkAndStrictHeaders()
    {
        await using var site = await WebSite.StartAsync();
        using var client = site.Client();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<html lang=\"nl\">"));
            Assert.That(html, Does.Contain("href=\"#main\"").And.Contain("<main id=\"main\"").And.Contain("<nav aria-label=\"Hoofdmenu\">"));
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("style="), "no inline script or style (CSP)");
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'").And.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
        });
    }

    [Test]
    public async Task LanguageSwitch_EnglishAfterwards()
    {
        await using var site = await WebSite.StartAsync();
        using var client = site.Client();

        var response = await WebSite.PostFormAsync(client, "/", "/language", new() { ["lang"] = "en", ["returnUrl"] = "/login" });
        var html = await client.GetStringAsync(new Uri("/login", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/login"));
            Assert.That(html, Does.Contain("<html lang=\"en\">").And.Contain("User name"));
        });
    }

    [Test]
    public async Task LanguageSwitch_ForeignReturnUrl_StaysOnTheSite()
    {
        await using var site = await WebSite.StartAsync();
        using var client = site.Client();

        var response = await WebSite.PostFormAsync(client, "/", "/language", new() { ["lang"] = "en", ["returnUrl"] = "https://evil.example/" });

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/"));
    }

    [Test]
    public async Task Login_WithoutAntiforgeryToken_400AndNotSignedIn()
    {
        await using var site = await WebSite.StartAsync();
        using var client = site.Client();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "coordinator", ["password"] = WebSite.Password });

        var response = await client.PostAsync(new Uri("/login", UriKind.Relative), form);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(site.Store.AuditLog(), Is.Empty, "no sign-in happened");
        });
    }

    [Test]
    public async Task Login_WrongPassword_401InDutchAndAudited()
    {
        await using var site = await WebSite.StartAsync();
        using var client = site.Client();

        var response = await WebSite.PostFormAsync(client, "/login", "/login", new() { ["userName"] = "analyst", ["password"] = "not the password" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(html, Does.Contain("Gebruikersnaam of wachtwoord klopt niet."));
            Assert.That(html, Does.Not.Contain("not the password"));
            Assert.That(site.Store.AuditLog().Select(a => (a.Actor, a.Action)), Is.EqualTo(new[] { ("analyst", AuditActions.LoginFailed) }));
        });
    }

    [Test]
    public async Task Login_FiveFailures_LockedEvenWithTheRightPassword()
    {
        await using var site = await WebSite.StartAsync();
        using var client = site.Client();
        for (var i = 0; i < 5; i++)
        {
            await WebSite.PostFormAsync(client, "/login", "/login", new() { ["userName"] = "analyst", ["password"] = "not the password" });
        }

        var response = await WebSite.PostFormAsync(client, "/login", "/login", new() { ["userName"] = "analyst", ["password"] = WebSite.Password });

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("geblokkeerd"));
            Assert.That(site.Store.AuditLog().Select(a => a.Action), Does.Contain(AuditActions.Lockout));
        });
    }

    [Test]
    public async Task Login_RateLimitedPerAddress()
    {
        await using var site = await WebSite.StartAsync(new Benchmark.Web.WebOptions { LoginAttemptsPerMinute = 3 });
        using var client = site.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "nobody", ["password"] = "x" });
            statuses.Add((await client.PostAsync(new Uri("/login", UriKind.Relative), form)).StatusCode);
        }

        Assert.That(statuses[^1], Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Login_Success_AuditedAndSignedIn()
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("director");

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("director · directeur · GM0193"));
            Assert.That(site.Store.AuditLog().Select(a => (a.Actor, a.Action)), Is.EqualTo(new[] { ("director", AuditActions.Login) }));
        });
    }

    [Test]
    public async Task DisabledAccount_SignedOutAtOnce()
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("analyst");
        site.Store.SetDisabled(site.Store.FindAccount("analyst")!.Id, true);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.That(html, Does.Not.Contain("analyst · analist").And.Contain("href=\"/login\""));
    }
}
