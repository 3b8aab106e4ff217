using System.Net;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;

namespace Benchmark.Tests.Web;

/// <summary>Every page × every role (anonymous included): allowed (200), sent to sign in (302 /login) or refused (403/404).</summary>
[TestFixture]
public sealed class AccessMatrixTests
{
    private const int SignIn = 302;

    private static WebSite _site = null!;
    private static long _coordinatorVersion;
    private static long _zwolleVersion;
    private static readonly Dictionary<string, HttpClient> Clients = [];

    [OneTimeSetUp]
    public async Task StartSite()
    {
        _site = await WebSite.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var all = Path.Combine(folder, "benchmark-2024.csv");
        await File.WriteAllBytesAsync(all, WebSite.Sample2024());
        _coordinatorVersion = StoreImporter.Import(_site.Store, all, new StoreImportOptions { ImportedBy = "coordinator" }).Version.Id;
        var zwolle = Path.Combine(folder, "zwolle-2023.csv");
        await File.WriteAllBytesAsync(zwolle, WebSite.Sample2024(lines => [lines[0], .. lines.Where(l => l.StartsWith("GM0193;", StringComparison.Ordinal)).Select(l => l.Replace(";2024;", ";2023;", StringComparison.Ordinal))]));
        _zwolleVersion = StoreImporter.Import(_site.Store, zwolle, new StoreImportOptions { ImportedBy = "analyst", OnlyMunicipality = WebSite.Zwolle }).Version.Id;
        Directory.Delete(folder, recursive: true);
        Clients["anonymous"] = _site.Client();
        foreach (var name in new[] { "coordinator", "analyst", "director", "director.deventer", "researcher" })
        {
            Clients[name] = await _site.SignedInAsync(name);
        }
    }

    [OneTimeTearDown]
    public async Task StopSite()
    {
        foreach (var client in Clients.Values)
        {
            client.Dispose();
        }

        await _site.DisposeAsync();
    }

    //                                               anonymous  coordinator analyst director director.deventer researcher
    [TestCase("/", 200, 200, 200, 200, 200, 200)]
    [TestCase("/health", 200, 200, 200, 200, 200, 200)]
    [TestCase("/login", 200, 200, 200, 200, 200, 200)]
    [TestCase("/static/css/site.css", 200, 200, 200, 200, 200, 200)]
    [TestCase("/upload", SignIn, 200, 200, 403, 403, 403)]
    [TestCase("/upload/0123456789abcdef0123456789abcdef", SignIn, 404, 404, 403, 403, 403)]
    [TestCase("/datasets", SignIn, 200, 200, 200, 200, 403)]
    [TestCase("/datasets/{coordinator}", SignIn, 200, 403, 403, 403, 403)]
    [TestCase("/datasets/{zwolle}", SignIn, 200, 200, 200, 403, 403)]
    [TestCase("/datasets/{zwolle}?handler=Quarantine", SignIn, 200, 200, 200, 403, 403)]
    [TestCase("/datasets/999", SignIn, 404, 404, 404, 404, 403)]
    [TestCase("/datasets/{zwolle}/delete", SignIn, 200, 403, 403, 403, 403)]
    [TestCase("/coordinator/years", SignIn, 200, 403, 403, 403, 403)]
    [TestCase("/coordinator/accounts", SignIn, 200, 403, 403, 403, 403)]
    [TestCase("/coordinator/circles", SignIn, 200, 403, 403, 403, 403)]
    [TestCase("/coordinator/audit", SignIn, 200, 403, 403, 403, 403)]
    [TestCase("/survey", SignIn, 200, 200, 200, 200, 403)]
    [TestCase("/survey/GM0150/2024", SignIn, 200, 403, 403, 200, 403)]
    [TestCase("/explanations", SignIn, 200, 200, 200, 200, 403)]
    [TestCase("/explanations/GM0150", SignIn, 200, 403, 403, 200, 403)]
    [TestCase("/agenda", SignIn, 200, 200, 200, 200, 403)]
    [TestCase("/agenda/No%20such%20circle", SignIn, 404, 404, 404, 404, 403)]
    [TestCase("/agenda?handler=Export", SignIn, 200, 403, 403, 403, 403)]
    [TestCase("/no-such-page", 404, 404, 404, 404, 404, 404)]
    public async Task Get(string path, int anonymous, int coordinator, int analyst, int director, int deventer, int researcher)
    {
        var url = path.Replace("{coordinator}", _coordinatorVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{zwolle}", _zwolleVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var expected = new Dictionary<string, int>
        {
            ["anonymous"] = anonymous, ["coordinator"] = coordinator, ["analyst"] = analyst, ["director"] = director, ["director.deventer"] = deventer, ["researcher"] = researcher,
        };
        var actual = new Dictionary<string, int>();
        foreach (var (name, client) in Clients)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            actual[name] = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/login"), $"{name} {url}");
            }

            if ((int)response.StatusCode >= 400)
            {
                Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("   at ").And.Contain("<h1>"), $"{name} {url}: a plain error page");
            }
        }

        Assert.That(actual, Is.EquivalentTo(expected), url);
    }

    [TestCase("analyst", 403)]
    [TestCase("director", 403)]
    [TestCase("researcher", 403)]
    public async Task PostToCoordinatorPage_WithAValidToken_StillRefused(string role, int status)
    {
        var client = Clients[role];
        var token = await WebSite.AntiforgeryTokenAsync(client, "/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["year"] = "2024", ["state"] = "published", ["__af"] = token });

        var response = await client.PostAsync(new Uri("/coordinator/years", UriKind.Relative), form);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(_site.Store.YearStates(), Is.Empty);
        });
    }

    [Test]
    public void Roles_AllCovered() =>
        Assert.That(Roles.All.Select(r => r.Code()), Is.EquivalentTo(new[] { "coordinator", "analyst", "director", "researcher" }), "add a column to the matrix for a new role");
}
