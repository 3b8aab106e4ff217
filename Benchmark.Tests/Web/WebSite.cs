using System.Net;
using System.Text.RegularExpressions;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Tests.Store;
using Benchmark.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Benchmark.Tests.Web;

/// <summary>
/// The web site in memory (ASP.NET Core's TestServer, as WebApplicationFactory uses) over a fresh SQLite store (or the
/// given one), with one account per role. Clients keep cookies like a browser.
/// </summary>
internal sealed partial class WebSite : IAsyncDisposable
{
    public const string Password = "correct horse battery";
    public static readonly MunicipalityCode Zwolle = MunicipalityCode.Parse("GM0193");
    public static readonly MunicipalityCode Deventer = MunicipalityCode.Parse("GM0150");

    /// <summary>The key-encryption secret of the test sites on PostgreSQL that are given none.</summary>
    private static readonly Benchmark.Web.Security.KeyRingSecret PostgresKeySecret =
        Benchmark.Web.Security.KeyRingSecret.FromText(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), "test");

    private readonly WebApplication _app;
    private readonly string? _folder;

    private WebSite(WebApplication app, IDatasetStore store, string? folder)
    {
        _app = app;
        Store = store;
        _folder = folder;
    }

    public IDatasetStore Store { get; }

    /// <summary>Where the site answers (a loopback port, or the in-memory server's address).</summary>
    public Uri Address { get; private init; } = new("http://localhost");

    public FixedClock Clock { get; private set; } = new(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    /// <summary>Starts a site with the accounts coordinator, analyst (Zwolle), director (Zwolle), director.deventer, researcher.</summary>
    /// <param name="options">Site options; the defaults when <see langword="null"/>.</param>
    /// <param name="db">The store; a fresh SQLite file when <see langword="null"/>.</param>
    /// <param name="loopback">Serve with Kestrel on a free loopback port instead of in memory (see <see cref="Address"/>).</param>
    public static async Task<WebSite> StartAsync(WebOptions? options = null, string? db = null, bool loopback = false)
    {
        string? folder = null;
        if (db is null)
        {
            folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            db = Path.Combine(folder, "site.db");
        }

        var clock = new FixedClock(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var store = DatasetStore.Open(db, clock);
        if (store.Accounts().Count == 0)
        {
            store.AddAccount("coordinator", Role.Coordinator, null, Password);
            store.AddAccount("analyst", Role.Analyst, Zwolle, Password);
            store.AddAccount("director", Role.Director, Zwolle, Password);
            store.AddAccount("director.deventer", Role.Director, Deventer, Password);
            store.AddAccount("researcher", Role.Researcher, null, Password);
        }

        options = (options ?? WebOptions.Default) with { Clock = clock };
        if (options.KeySecret is null && DatasetStore.IsPostgres(db))
        {
            // A PostgreSQL store refuses to serve without a key-encryption secret (KeyRingTests); the sites of one test share this one.
            options = options with { KeySecret = PostgresKeySecret };
        }

        WebApplication app;
        try
        {
            app = loopback
                ? BenchmarkWeb.Build(store, options with { Urls = "http://127.0.0.1:0" })
                : BenchmarkWeb.Build(store, options, b => b.WebHost.UseTestServer());
        }
        catch
        {
            store.Dispose();
            throw;
        }

        await app.StartAsync().ConfigureAwait(false);
        return new WebSite(app, store, folder) { Clock = clock, Address = loopback ? new Uri(app.Urls.First()) : new Uri("http://localhost") };
    }

    /// <summary>A browser-like client without a session.</summary>
    public HttpClient Client(CookieContainer? cookies = null)
    {
        HttpMessageHandler inner = Address.Host == "localhost" ? _app.GetTestServer().CreateHandler() : new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
        return new HttpClient(new CookieHandler(inner, cookies ?? new CookieContainer())) { BaseAddress = Address };
    }

    /// <summary>A client signed in as <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = Client();
        var response = await PostFormAsync(client, "/login", "/login", new() { ["userName"] = userName, ["password"] = Password }).ConfigureAwait(false);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"sign-in of {userName}");
        return client;
    }

    /// <summary>GETs <paramref name="formPage"/>, takes its antiforgery field and POSTs <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var token = await AntiforgeryTokenAsync(client, formPage).ConfigureAwait(false);
        fields["__af"] = token;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content).ConfigureAwait(false);
    }

    /// <summary>The antiforgery field of the first form on <paramref name="page"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative)).ConfigureAwait(false);
        var match = AntiforgeryField().Match(html);
        Assert.That(match.Success, Is.True, $"{page} has a form with an antiforgery field");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>Keeps cookies between requests and does not follow redirects, like a browser under test.</summary>
    private sealed class CookieHandler(HttpMessageHandler inner, CookieContainer cookies) : DelegatingHandler(inner)
    {
        private readonly CookieContainer _cookies = cookies;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = _cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    _cookies.SetCookies(request.RequestUri!, value);
                }
            }

            return response;
        }
    }
}
