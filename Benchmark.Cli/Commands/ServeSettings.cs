using System.ComponentModel;
using Benchmark.Cli.Help;
using Benchmark.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark serve</c>.</summary>
public sealed class ServeSettings : StoreSettings
{
    /// <summary>Where to listen.</summary>
    [CommandOption("--urls <URLS>")]
    [LocalizedDescription("Where to listen (semicolon-separated), default http://127.0.0.1:5080.")]
    [DefaultValue("http://127.0.0.1:5080")]
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Start on a fresh store with the samples and demo accounts.</summary>
    [CommandOption("--demo")]
    [LocalizedDescription("A fresh store (benchmark-demo/serve.db) with every sample year, the sample circles and one demo account per role; the passwords are printed once.")]
    public bool Demo { get; init; }

    /// <summary>The largest upload in MB.</summary>
    [CommandOption("--max-upload-mb <MB>")]
    [LocalizedDescription("The largest file the site accepts, in MB (default 20).")]
    [DefaultValue(20)]
    public int MaxUploadMb { get; init; } = 20;

    /// <summary>Cookies only over HTTPS (behind a TLS proxy).</summary>
    [CommandOption("--secure-cookies")]
    [LocalizedDescription("Send the sign-in cookie only over HTTPS (when served behind a TLS proxy).")]
    public bool SecureCookies { get; init; }

    /// <summary>The file with the secret that encrypts the sign-in keys in the store.</summary>
    [CommandOption("--key-file <FILE>")]
    [LocalizedDescription("A file with the secret (at least 32 characters, e.g. openssl rand -base64 32) that encrypts the sign-in keys kept in the store; the same on every web node. Default: BENCHMARK_KEY_FILE or BENCHMARK_KEY_SECRET, else for a SQLite store the file beside it (benchmark.db.key, made the first time). Required for PostgreSQL.")]
    public string? KeyFile { get; init; }

    /// <summary>Delete the stored sign-in keys first.</summary>
    [CommandOption("--forget-keys")]
    [LocalizedDescription("Delete the sign-in keys kept in the store before starting (when their secret is lost): everyone signs in again.")]
    public bool ForgetKeys { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (MaxUploadMb is < 1 or > 1024)
        {
            return ValidationResult.Error(Lang.Pick($"--max-upload-mb {MaxUploadMb}: kies 1 tot en met 1024.", $"--max-upload-mb {MaxUploadMb}: choose 1 to 1024."));
        }

        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return ValidationResult.Error(Lang.Pick($"--urls {url}: geen http(s)-adres zoals http://127.0.0.1:5080.", $"--urls {url}: not an http(s) address such as http://127.0.0.1:5080."));
            }
        }

        return base.Validate();
    }
}
