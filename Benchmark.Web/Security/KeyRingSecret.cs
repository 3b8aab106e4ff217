using System.Security.Cryptography;
using System.Text;
using Benchmark.Store;
using Benchmark.Text;

namespace Benchmark.Web.Security;

/// <summary>
/// The key-encryption secret: the Data Protection keys (which sign cookies and forms) are kept in the store encrypted
/// with it (AES-256-GCM), and it is never kept in the store itself. Every web node on one store needs the same secret.
/// Its text never appears in <see cref="ToString"/>, a log or a page.
/// </summary>
public sealed class KeyRingSecret
{
    /// <summary>The fewest characters a secret has (a generated one: 32 random bytes in base64, 44 characters).</summary>
    public const int MinimumLength = 32;

    /// <summary>What a key file beside a SQLite store is called: the store's file name with this ending.</summary>
    public const string FileEnding = ".key";

    private readonly byte[] _secret;

    private KeyRingSecret(byte[] secret, string source)
    {
        _secret = secret;
        Source = source;
    }

    /// <summary>Where the secret came from, for messages (a file path or "environment"), never the secret.</summary>
    public string Source { get; }

    /// <summary>A secret given as text (e.g. the environment variable <c>BENCHMARK_KEY_SECRET</c>); surrounding white space is ignored.</summary>
    /// <exception cref="InvalidDataException">When it is shorter than <see cref="MinimumLength"/> characters (told in both languages).</exception>
    public static KeyRingSecret FromText(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var trimmed = text.Trim();
        if (trimmed.Length < MinimumLength)
        {
            throw ExplainedException.InvalidData(new LocalizedText(
                $"Het geheim voor de sleutels ({source}) heeft {trimmed.Length} tekens; er zijn er minstens {MinimumLength} nodig. Maak er een met: openssl rand -base64 32 > benchmark.key",
                $"The key-encryption secret ({source}) has {trimmed.Length} characters; it needs at least {MinimumLength}. Make one with: openssl rand -base64 32 > benchmark.key"));
        }

        return new KeyRingSecret(Encoding.UTF8.GetBytes(trimmed), source);
    }

    /// <summary>The secret in a file (<c>benchmark serve --key-file</c>): its text, surrounding white space ignored.</summary>
    /// <exception cref="InvalidDataException">When the file cannot be read or holds too short a secret (told in both languages).</exception>
    public static KeyRingSecret FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ExplainedException.InvalidData(
                new LocalizedText(
                    $"Kan het sleutelbestand {path} niet lezen: {ex.Message} Geef met --key-file een leesbaar bestand met het geheim dat alle webservers delen.",
                    $"Cannot read the key file {path}: {ex.Message} Give with --key-file a readable file holding the secret every web node shares."),
                ex);
        }

        return FromText(text, path);
    }

    /// <summary>
    /// The secret when none is given: for a SQLite store the file beside it (<c>benchmark.db.key</c>, made with 32
    /// random bytes and readable by its owner only the first time); for a store in memory a secret for this process.
    /// </summary>
    /// <exception cref="InvalidDataException">For a PostgreSQL store: its nodes need one shared secret, given on purpose.</exception>
    public static KeyRingSecret ForStore(IDatasetStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return ForLocation(store.Location);
    }

    /// <summary><see cref="ForStore"/> by the store's location (a SQLite file path or a PostgreSQL connection string).</summary>
    internal static KeyRingSecret ForLocation(string location)
    {
        if (DatasetStore.IsPostgres(location))
        {
            throw ExplainedException.InvalidData(new LocalizedText(
                "Een PostgreSQL-opslag heeft een geheim nodig waarmee de sleutels van de inlogcookies versleuteld in de opslag staan, en dat alle webservers delen maar dat niet in de opslag staat: geef --key-file BESTAND (of de omgevingsvariabele BENCHMARK_KEY_SECRET). Maak het bestand met: openssl rand -base64 32 > benchmark.key",
                "A PostgreSQL store needs a secret that encrypts the sign-in keys kept in the store, shared by every web node but not kept in the store: give --key-file FILE (or the environment variable BENCHMARK_KEY_SECRET). Make the file with: openssl rand -base64 32 > benchmark.key"));
        }

        var folder = Path.GetDirectoryName(location);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return new KeyRingSecret(RandomNumberGenerator.GetBytes(32), "process");
        }

        var path = location + FileEnding;
        if (!File.Exists(path))
        {
            Generate(path);
        }

        return FromFile(path);
    }

    /// <summary>The secret's own text is never shown.</summary>
    public override string ToString() => $"key-encryption secret from {Source}";

    /// <summary>The AES-256 key for one encrypted element: HKDF-SHA256 of the secret with the element's salt.</summary>
    internal byte[] Key(ReadOnlySpan<byte> salt)
    {
        var key = new byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, key, salt, "Benchmark.Web key ring v1"u8);
        return key;
    }

    private static void Generate(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(path, options);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n"));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another node on the same store made it first: use theirs.
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ExplainedException.InvalidData(
                new LocalizedText(
                    $"Kan het sleutelbestand {path} niet maken: {ex.Message} Geef met --key-file een bestand met een geheim (openssl rand -base64 32 > benchmark.key).",
                    $"Cannot make the key file {path}: {ex.Message} Give with --key-file a file holding a secret (openssl rand -base64 32 > benchmark.key)."),
                ex);
        }
    }
}
