using Benchmark.Import.Groups;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Tests.Store;
using Benchmark.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Benchmark.Tests.Web.Browser;

/// <summary>
/// The site on a real loopback port (Kestrel) over a fresh SQLite store with the 2023 sample (published), the sample
/// circles and the accounts of <see cref="WebSite"/>, and Debian's chromium driven by Playwright (never a downloaded
/// browser). <see cref="StartAsync"/> ignores the test with a notice when <c>/usr/bin/chromium</c> is missing.
/// </summary>
internal sealed class BrowserSite : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly WebApplication _app;
    private readonly IPlaywright _playwright;
    private readonly string _folder;

    private BrowserSite(WebApplication app, IDatasetStore store, IPlaywright playwright, IBrowser browser, string folder)
    {
        _app = app;
        Store = store;
        _playwright = playwright;
        Browser = browser;
        _folder = folder;
        BaseUrl = app.Urls.First();
    }

    public IDatasetStore Store { get; }

    public IBrowser Browser { get; }

    public string BaseUrl { get; }

    /// <summary>Where screenshots go: <c>BENCHMARK_SCREENSHOTS</c>, else a folder in the test output.</summary>
    public static string Screenshots => Environment.GetEnvironmentVariable("BENCHMARK_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");

    public static async Task<BrowserSite> StartAsync()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"Browser tests skipped: {Chromium} is missing (apt-get install chromium; .ci/run installs it).");
        }

        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = DatasetStore.Open(Path.Combine(folder, "site.db"));
        foreach (var (name, role, municipality) in new[] { ("coordinator", Role.Coordinator, (Benchmark.Municipalities.MunicipalityCode?)null), ("analyst", Role.Analyst, WebSite.Zwolle), ("director", Role.Director, WebSite.Zwolle), ("director.deventer", Role.Director, WebSite.Deventer) })
        {
            store.AddAccount(name, role, municipality, WebSite.Password);
        }

        StoreImporter.Import(store, StoreFiles.Sample("benchmark-2023.csv"), new StoreImportOptions { ImportedBy = "coordinator" });
        store.ReplaceCircles(GroupFileReader.Read(StoreFiles.Sample("groups.csv")).Groups);
        store.SetYearState(2023, YearState.Published, "coordinator");
        store.SetYearState(2024, YearState.Open, "coordinator");
        var app = BenchmarkWeb.Build(store, WebOptions.Default with { Urls = "http://127.0.0.1:0" });
        await app.StartAsync().ConfigureAwait(false);
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] }).ConfigureAwait(false);
        return new BrowserSite(app, store, playwright, browser, folder);
    }

    /// <summary>A fresh browser context (its own cookies) signed in as <paramref name="userName"/>.</summary>
    public async Task<IPage> SignedInAsync(string userName, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 }, AcceptDownloads = true }).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        await page.GotoAsync("/login").ConfigureAwait(false);
        await page.FillAsync("input[name=userName]", userName).ConfigureAwait(false);
        await page.FillAsync("input[name=password]", WebSite.Password).ConfigureAwait(false);
        await page.Locator("main form button[type=submit]").ClickAsync().ConfigureAwait(false);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync().ConfigureAwait(false);
        _playwright.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
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
