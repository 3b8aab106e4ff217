using System.Collections.Concurrent;
using Benchmark.Store;
using Benchmark.Web;
using Microsoft.Extensions.Logging;

namespace Benchmark.Tests.Web;

/// <summary>
/// What <c>benchmark serve</c> shows in the console: the CLI's own lines (where the site listens, from
/// <see cref="BenchmarkWeb.RunAsync(IDatasetStore, WebOptions, Action{IReadOnlyList{string}}?, CancellationToken)"/>),
/// and of ASP.NET's log only warnings and errors — not its start lines ("Now listening on", "Content root path").
/// </summary>
[TestFixture]
public sealed class ServeOutputTests
{
    [Test]
    public async Task Log_WarningsAndErrorsOnly_NoHostStartLines()
    {
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var log = new CapturedLog();
        await using (var app = BenchmarkWeb.Build(DatasetStore.Open(Path.Combine(folder, "site.db")), WebOptions.Default with { Urls = "http://127.0.0.1:0" }, b => b.Logging.AddProvider(log)))
        {
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            _ = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
            await app.StopAsync();
        }

        Assert.Multiple(() =>
        {
            Assert.That(log.Lines, Has.None.Contains("Content root path").And.None.Contains("Now listening on").And.None.Contains("Hosting environment"));
            Assert.That(log.Lines, Has.All.StartWith("Warning").Or.StartWith("Error").Or.StartWith("Critical"), "no information or request lines");
        });
    }

    [Test]
    public async Task RunAsync_SaysWhereItListens()
    {
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var listening = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = BenchmarkWeb.RunAsync(DatasetStore.Open(Path.Combine(folder, "site.db")), WebOptions.Default with { Urls = "http://127.0.0.1:0" }, listening.SetResult, stop.Token);
        var urls = await listening.Task.WaitAsync(stop.Token);
        using var client = new HttpClient { BaseAddress = new Uri(urls[0]) };
        var health = await client.GetStringAsync(new Uri("/health", UriKind.Relative));
        await stop.CancelAsync();
        await run;

        Assert.Multiple(() =>
        {
            Assert.That(urls, Has.Count.EqualTo(1).And.All.Match("^http://127\\.0\\.0\\.1:[1-9][0-9]*$"), "the real port, not :0");
            Assert.That(health, Is.EqualTo("ok"));
        });
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
        }
    }
}
