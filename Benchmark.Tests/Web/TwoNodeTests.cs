using System.Net;
using Benchmark.Store.Sharing;
using Benchmark.Tests.Store;
using Benchmark.Web;
using Benchmark.Web.Security;

namespace Benchmark.Tests.Web;

/// <summary>
/// Web nodes are stateless: two sites on loopback over one store share sign-in (Data Protection keys in the store,
/// encrypted with the secret both nodes are given; for SQLite the generated key file beside the store) —
/// a cookie from one works on the other, and a form of one is accepted by the other (antiforgery).
/// </summary>
[TestFixture]
public sealed class TwoNodeTests
{
    [Test]
    public async Task Sqlite_CookieOfOneNodeWorksOnTheOther()
    {
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await AssertSharedSignIn(Path.Combine(folder, "shared.db"), WebOptions.Default);
    }

    [Test]
    [Category(TestCategories.Postgres)]
    public Task Postgres_CookieOfOneNodeWorksOnTheOther()
    {
        // A PostgreSQL store needs the key-encryption secret, the same on both nodes.
        var secret = KeyRingSecret.FromText(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), "test");
        return ThrowAwaySchema.RunAsync("benchmark_web_", db => AssertSharedSignIn(db, WebOptions.Default with { KeySecret = secret }));
    }

    private static async Task AssertSharedSignIn(string db, WebOptions options)
    {
        await using var a = await WebSite.StartAsync(options, db, loopback: true);
        await using var b = await WebSite.StartAsync(options, db, loopback: true);
        var cookies = new CookieContainer();
        using var onA = a.Client(cookies);
        using var onB = b.Client(cookies);

        var signedIn = await WebSite.PostFormAsync(onA, "/login", "/login", new() { ["userName"] = "coordinator", ["password"] = WebSite.Password });
        foreach (Cookie cookie in cookies.GetCookies(a.Address))
        {
            cookies.Add(b.Address, new Cookie(cookie.Name, cookie.Value, cookie.Path));
        }

        var onOther = await onB.GetAsync(new Uri("/coordinator/audit", UriKind.Relative));
        var formFromA = await WebSite.AntiforgeryTokenAsync(onA, "/coordinator/years");
        using var post = new FormUrlEncodedContent(new Dictionary<string, string> { ["year"] = "2024", ["state"] = "published", ["__af"] = formFromA });
        var postedOnB = await onB.PostAsync(new Uri("/coordinator/years", UriKind.Relative), post);

        Assert.Multiple(() =>
        {
            Assert.That(a.Address.Port, Is.Not.EqualTo(b.Address.Port));
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(onOther.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the cookie of node A signs in on node B");
            Assert.That(postedOnB.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a form of node A is accepted by node B");
            Assert.That(b.Store.YearStates().Single().Year, Is.EqualTo(2024));
            Assert.That(a.Store.DataProtectionKeys(), Is.Not.Empty, "the key ring is kept in the shared store");
            Assert.That(a.Store.DataProtectionKeys(), Has.All.Contains("urn:benchmark:keyring").And.None.Contains("masterKey"), "encrypted");
        });
    }
}
