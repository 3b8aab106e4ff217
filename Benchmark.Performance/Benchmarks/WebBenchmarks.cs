using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Benchmark.Store;
using Benchmark.Web;
using Benchmark.Web.Demo;
using Microsoft.AspNetCore.Builder;

namespace Benchmark.Performance.Benchmarks;

/// <summary>
/// The web site's server time on the bundled samples (issue 12's dashboard target, p95 ≤ 50 ms): <c>serve --demo</c>'s
/// store and accounts, Kestrel on a loopback port, one signed-in director asking for pages over HTTP. The first view of
/// a page composes its report (kept a minute by the site), so the measured views are the ones every later reader gets;
/// <see cref="DashboardFirstView"/> measures the composing view by asking for a new peer group each time.
/// perf/web-load.sh adds 50 concurrent sessions and the upload.
/// </summary>
[MemoryDiagnoser]
public partial class WebBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "benchmark-web-bench-" + Guid.NewGuid().ToString("N"));
    private IDatasetStore _store = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private int _views;

    /// <summary>Seeds a fresh demo store, starts the site and signs in as Zwolle's director.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        _store = DatasetStore.Open(Path.Combine(_folder, "site.db"));
        var accounts = DemoSite.Seed(_store, SampleInputs.Folder);
        _app = BenchmarkWeb.Build(_store, WebOptions.Default with { Urls = "http://127.0.0.1:0" });
        _app.StartAsync().GetAwaiter().GetResult();
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        _client = new HttpClient(handler) { BaseAddress = new Uri(_app.Urls.First()) };
        var director = accounts.First(a => a.Account.Role == Store.Accounts.Role.Director);
        var login = _client.GetStringAsync(new Uri("/login", UriKind.Relative)).GetAwaiter().GetResult();
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(login).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = director.Account.UserName,
            ["password"] = director.Password,
            ["__af"] = token,
        });
        using var signedIn = _client.PostAsync(new Uri("/login", UriKind.Relative), form).GetAwaiter().GetResult();
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in of {director.Account.UserName} answered {signedIn.StatusCode}");
        }

        _ = Dashboard();
    }

    /// <summary>Stops the site and deletes its store.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        ((IAsyncDisposable)_app).DisposeAsync().AsTask().GetAwaiter().GetResult();
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The director's dashboard (the report composed already): the whole HTML page.</summary>
    [Benchmark]
    public int Dashboard() => Get("/municipality");

    /// <summary>One chart image of the dashboard (the overview strip), as a browser fetches it after the page.</summary>
    [Benchmark]
    public int DashboardChart() => Get("/municipality/GM0193?handler=chart&year=2024&group=default&id=overview");

    /// <summary>
    /// The dashboard of a year and peer group not seen in the last minute (the six sample years × nearest:3…100 in turn, 588
    /// views before one comes back): composes the report.
    /// </summary>
    [Benchmark]
    public int DashboardFirstView() => FirstView(_views++);

    private int FirstView(int view) => Get($"/municipality?year={2019 + (view % 6)}&group=nearest%3A{3 + (view / 6 % 98)}");

    private int Get(string path)
    {
        using var response = _client.GetAsync(new Uri(path, UriKind.Relative)).GetAwaiter().GetResult();
        var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return response.IsSuccessStatusCode ? body.Length : throw new InvalidOperationException($"{path} answered {response.StatusCode}");
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
