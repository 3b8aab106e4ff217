using Benchmark.Store;
using Benchmark.Web.Security;
using Benchmark.Web.Shell;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Benchmark.Web;

/// <summary>
/// The shared learning environment: builds and runs the web site over a store. <c>benchmark serve</c> calls
/// <see cref="RunAsync(IDatasetStore, WebOptions, Action{IReadOnlyList{string}}?, CancellationToken)"/>; tests call <see cref="Build"/> with a test server.
/// </summary>
public static class BenchmarkWeb
{
    /// <summary>Builds the site over <paramref name="store"/> (which the site then owns and disposes).</summary>
    /// <param name="store">The opened store (<see cref="DatasetStore.Open"/>).</param>
    /// <param name="options">Where to listen, limits, lock-out.</param>
    /// <param name="configure">Changes before the site is built (tests use a test server); may be <see langword="null"/>.</param>
    /// <exception cref="InvalidDataException">When there is no usable key-encryption secret (<see cref="WebOptions.KeySecret"/>; told in both languages, <see cref="Benchmark.Text.ExplainedException"/>).</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">When the secret does not decrypt the keys in the store (told in both languages).</exception>
    public static WebApplication Build(IDatasetStore store, WebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var secret = options.KeySecret ?? KeyRingSecret.ForStore(store);
        new StoreXmlRepository(store).Verify(secret);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(BenchmarkWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes + RequestOverhead;
        });
        // The console shows warnings and errors only: not every request, nor the host's start lines ("Now listening on",
        // "Content root path"); the caller of RunAsync says where the site listens in the reader's language.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None); // start failures are rethrown: serve says them in words
        SiteServices.Add(builder.Services, store, options, secret);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(store.Dispose);
        SitePipeline.Configure(app);
        return app;
    }

    /// <summary>Serves until the process is stopped (Ctrl+C).</summary>
    public static Task RunAsync(IDatasetStore store, WebOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(store, options, null, cancellationToken);

    /// <summary>Serves until the process is stopped (Ctrl+C); <paramref name="listening"/> gets the addresses once the site answers.</summary>
    /// <param name="store">The opened store (the site then owns and disposes it).</param>
    /// <param name="options">Where to listen, limits, lock-out.</param>
    /// <param name="listening">Told the addresses the site listens on (the real port when <c>:0</c> was asked); may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the site.</param>
    public static async Task RunAsync(IDatasetStore store, WebOptions options, Action<IReadOnlyList<string>>? listening, CancellationToken cancellationToken = default)
    {
        await using var app = Build(store, options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        listening?.Invoke([.. app.Urls]);
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a multipart request adds to the file itself (boundaries, headers, the antiforgery field).</summary>
    internal const long RequestOverhead = 64 * 1024;
}
