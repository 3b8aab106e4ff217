using Benchmark.Cli.Infrastructure;
using Benchmark.Text;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Web;
using Benchmark.Web.Demo;
using Benchmark.Web.Security;
using Benchmark.Store.Sharing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark serve</c>: the shared learning environment in the browser (a thin shell over <see cref="BenchmarkWeb"/>).</summary>
internal sealed class ServeCommand(CliEnvironment env) : Command<ServeSettings>
{
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var lang = settings.Lang;
        IDatasetStore store;
        try
        {
            store = settings.Demo ? DemoStore(settings) : StoreAccess.Open(settings.Db, env, create: true, write: true);
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark serve: {UsageException.TextOf(ex, lang)}");
            return ExitCodes.UsageOrUnreadable;
        }

        Say(lang.Pick("Opslag: ", "Store: ") + StoreText(store, lang));
        if (settings.Demo)
        {
            IReadOnlyList<DemoAccount> accounts;
            try
            {
                accounts = DemoSite.Seed(store, SampleFolder.Find(null, env));
            }
            catch (UsageException ex)
            {
                store.Dispose();
                env.Error.WriteLine($"benchmark serve: {UsageException.TextOf(ex, lang)}");
                return ExitCodes.UsageOrUnreadable;
            }

            Say(lang.Pick("Demo-accounts (de wachtwoorden worden alleen nu getoond):", "Demo accounts (the passwords are shown only now):"));
            foreach (var a in accounts)
            {
                Say($"  {a.Account.Role.Code(),-12} {a.Account.UserName,-18} {a.Password}{(a.Token is null ? "" : "   token: " + a.Token)}");
            }
        }

        KeyRingSecret secret;
        try
        {
            secret = KeySecret(settings) ?? KeyRingSecret.ForStore(store);
        }
        catch (InvalidDataException ex) when (ExplainedException.TextOf(ex) is { } text)
        {
            store.Dispose();
            env.Error.WriteLine($"benchmark serve: {text.Get(lang)}");
            return ExitCodes.UsageOrUnreadable;
        }

        if (settings.ForgetKeys)
        {
            var forgotten = store.ForgetDataProtectionKeys();
            Say(lang.Pick($"{forgotten} opgeslagen inlogsleutel(s) gewist: iedereen logt opnieuw in.", $"Deleted {forgotten} stored sign-in key(s): everyone signs in again."));
        }

        var options = new WebOptions
        {
            KeySecret = secret,
            Urls = settings.Urls,
            MaxUploadBytes = settings.MaxUploadMb * 1024L * 1024L,
            SecureCookies = settings.SecureCookies,
            Clock = env.Clock,
        };
        try
        {
            BenchmarkWeb.RunAsync(store, options, urls =>
            {
                foreach (var url in urls)
                {
                    Say(lang.Pick($"Benchmark luistert op {url} (open dit adres in een browser).", $"Benchmark listens on {url} (open this address in a browser)."));
                }

                Say(lang.Pick("Stoppen: Ctrl+C. Alleen waarschuwingen en fouten worden hierna gemeld.", "To stop: Ctrl+C. Only warnings and errors are reported from here on."));
            }, cancellationToken).GetAwaiter().GetResult();
        }
        catch (System.Security.Cryptography.CryptographicException ex) when (ExplainedException.TextOf(ex) is { } text)
        {
            store.Dispose();
            env.Error.WriteLine($"benchmark serve: {text.Get(lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (IOException ex)
        {
            env.Error.WriteLine($"benchmark serve: {lang.Pick($"kan niet luisteren op {settings.Urls}: {ex.Message}", $"cannot listen on {settings.Urls}: {ex.Message}")}");
            return ExitCodes.UsageOrUnreadable;
        }

        return ExitCodes.Ok;
    }

    private void Say(string line) => env.Console.MarkupLine(Markup.Escape(line));

    /// <summary>Which store the site serves, without any secret: the SQLite file, or the PostgreSQL database and host.</summary>
    private static string StoreText(IDatasetStore store, Language lang)
    {
        if (!DatasetStore.IsPostgres(store.Location))
        {
            return lang.Pick($"SQLite-bestand {store.Location}", $"SQLite file {store.Location}");
        }

        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(store.Location);
            return lang.Pick($"PostgreSQL-database {builder.Database} op {builder.Host}", $"PostgreSQL database {builder.Database} on {builder.Host}");
        }
        catch (ArgumentException)
        {
            return "PostgreSQL";
        }
    }

    /// <summary>The secret given: <c>--key-file</c>, else <c>BENCHMARK_KEY_FILE</c>, else <c>BENCHMARK_KEY_SECRET</c>; <see langword="null"/> for the store's default.</summary>
    private KeyRingSecret? KeySecret(ServeSettings settings)
    {
        var file = settings.KeyFile ?? Environment.GetEnvironmentVariable(KeyFileVariable);
        if (!string.IsNullOrWhiteSpace(file))
        {
            return KeyRingSecret.FromFile(env.Resolve(file));
        }

        return Environment.GetEnvironmentVariable(KeySecretVariable) is { Length: > 0 } text ? KeyRingSecret.FromText(text, KeySecretVariable) : null;
    }

    /// <summary>The environment variable naming the key file (as <c>--key-file</c>).</summary>
    public const string KeyFileVariable = "BENCHMARK_KEY_FILE";

    /// <summary>The environment variable holding the key-encryption secret itself.</summary>
    public const string KeySecretVariable = "BENCHMARK_KEY_SECRET";

    private IDatasetStore DemoStore(ServeSettings settings)
    {
        if (settings.Db is not null)
        {
            throw new UsageException("--demo maakt zelf een nieuwe opslag (benchmark-demo/serve.db); laat --db weg.", "--demo makes its own fresh store (benchmark-demo/serve.db); leave out --db.");
        }

        var folder = Path.Combine(env.WorkingDirectory, "benchmark-demo");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "serve.db");
        foreach (var stale in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        return StoreAccess.Open(path, env, create: true, write: true);
    }
}
