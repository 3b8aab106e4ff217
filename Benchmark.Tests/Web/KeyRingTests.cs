using System.Security.Cryptography;
using System.Xml.Linq;
using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Tests.Cli;
using Benchmark.Text;
using Benchmark.Web;
using Benchmark.Web.Security;

namespace Benchmark.Tests.Web;

/// <summary>
/// The Data Protection keys (which sign cookies and forms) are kept in the store encrypted with a secret that is not in
/// the store: the stored XML holds no key material in plain text, a wrong secret stops the site with a clear message in
/// both languages, a PostgreSQL store needs a secret, a SQLite store gets a generated key file beside it.
/// </summary>
[TestFixture]
public sealed class KeyRingTests
{
    private static readonly KeyRingSecret Secret = KeyRingSecret.FromText(new string('s', 40), "test");
    private static readonly KeyRingSecret Other = KeyRingSecret.FromText(new string('o', 40), "other");

    [Test]
    public async Task StoredKeys_HoldNoPlaintextKeyMaterial()
    {
        await using var site = await WebSite.StartAsync(WebOptions.Default with { KeySecret = Secret });
        await site.SignedInAsync("coordinator");

        var stored = site.Store.DataProtectionKeys();
        var masterKeys = stored.SelectMany(x => XElement.Parse(x).Descendants(XName.Get("aesGcm", "urn:benchmark:keyring")))
            .Select(e => KeyRingCipher.Decrypt(e, Secret).Descendants("value").Single().Value)
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.Not.Empty, "signing in made a key");
            Assert.That(masterKeys, Has.Count.EqualTo(stored.Count), "every key's secret part is encrypted");
            Assert.That(masterKeys, Has.All.Length.GreaterThan(40), "the decrypted part is the key material");
            Assert.That(stored, Has.None.Contains("masterKey").And.None.Contains("requiresEncryption"));
            Assert.That(masterKeys.Where(k => stored.Any(x => x.Contains(k, StringComparison.Ordinal))), Is.Empty, "no key material in plain text");
        });
    }

    [Test]
    public async Task WrongSecret_RefusedInBothLanguages_NothingWritten()
    {
        var folder = NewFolder();
        var db = Path.Combine(folder, "site.db");
        await using (var first = await WebSite.StartAsync(WebOptions.Default with { KeySecret = Secret }, db))
        {
            await first.SignedInAsync("coordinator");
        }

        var before = Keys(db);
        var ex = await Assert.ThrowsAsync<CryptographicException>(async () => await WebSite.StartAsync(WebOptions.Default with { KeySecret = Other }, db));
        var text = ExplainedException.TextOf(ex!);
        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Not.Empty);
            Assert.That(text?.Nl, Does.Contain("met een ander geheim versleuteld").And.Contain("--forget-keys"));
            Assert.That(text?.En, Does.Contain("encrypted with another secret").And.Contain("--forget-keys"));
            Assert.That(text?.En, Does.Not.Contain(new string('o', 40)), "the secret is never shown");
            Assert.That(Keys(db), Is.EqualTo(before), "no new key written with the wrong secret");
        });
    }

    [Test]
    public async Task Cli_WrongKeyFile_MessageNoStackTrace_ForgetKeysRecovers()
    {
        var folder = NewFolder();
        var db = Path.Combine(folder, "site.db");
        await using (var first = await WebSite.StartAsync(WebOptions.Default with { KeySecret = Secret }, db))
        {
            await first.SignedInAsync("coordinator");
        }

        var wrong = Path.Combine(folder, "wrong.key");
        await File.WriteAllTextAsync(wrong, new string('w', 44));
        var english = CliRunner.RunIn(folder, "serve", "--db", db, "--key-file", wrong, "--lang", "en");
        var dutch = CliRunner.RunIn(folder, "serve", "--db", db, "--key-file", wrong);
        var missing = CliRunner.RunIn(folder, "serve", "--db", db, "--key-file", "absent.key", "--lang", "en");
        var shortSecret = Path.Combine(folder, "short.key");
        await File.WriteAllTextAsync(shortSecret, "too short");
        var tooShort = CliRunner.RunIn(folder, "serve", "--db", db, "--key-file", shortSecret, "--lang", "en");
        Assert.Multiple(() =>
        {
            Assert.That(english.ExitCode, Is.EqualTo(2));
            Assert.That(english.Error, Does.Contain("encrypted with another secret").And.Not.Contain("   at "));
            Assert.That(dutch.Error, Does.Contain("met een ander geheim versleuteld"));
            Assert.That(missing.ExitCode, Is.EqualTo(2));
            Assert.That(missing.Error, Does.Contain("Cannot read the key file").And.Contain("absent.key").And.Not.Contain("   at "));
            Assert.That(tooShort.Error, Does.Contain("has 9 characters; it needs at least 32").And.Not.Contain("too short"));
        });

        // --forget-keys deletes the keys: the new secret then works (checked without serving: the site builds).
        using (var store = DatasetStore.Open(db))
        {
            Assert.That(store.ForgetDataProtectionKeys(), Is.GreaterThan(0));
        }

        await using var again = await WebSite.StartAsync(WebOptions.Default with { KeySecret = KeyRingSecret.FromFile(wrong) }, db);
        await again.SignedInAsync("coordinator");
    }

    [Test]
    public async Task Sqlite_WithoutASecret_KeyFileBesideTheStore()
    {
        var folder = NewFolder();
        var db = Path.Combine(folder, "site.db");
        await using (var site = await WebSite.StartAsync(db: db))
        {
            await site.SignedInAsync("coordinator");
        }

        var keyFile = db + KeyRingSecret.FileEnding;
        var secret = (await File.ReadAllTextAsync(keyFile)).Trim();
        Assert.Multiple(() =>
        {
            Assert.That(secret, Has.Length.EqualTo(44), "32 random bytes in base64");
            Assert.That(Keys(db), Has.None.Contains(secret), "the secret is not in the store");
            if (!OperatingSystem.IsWindows())
            {
                Assert.That(File.GetUnixFileMode(keyFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            }
        });

        // A second start (or a second node on the same file) uses the same file and reads the first one's keys.
        await using var next = await WebSite.StartAsync(db: db);
        Assert.That((await File.ReadAllTextAsync(keyFile)).Trim(), Is.EqualTo(secret));
    }

    [Test]
    public void Postgres_WithoutASecret_RefusedInBothLanguages()
    {
        var ex = Assert.Throws<InvalidDataException>(() => KeyRingSecret.ForLocation("Host=db.example;Database=benchmark;Password=hunter2"));
        var text = ExplainedException.TextOf(ex!);
        Assert.Multiple(() =>
        {
            Assert.That(text?.Nl, Does.Contain("PostgreSQL-opslag heeft een geheim nodig").And.Contain("--key-file"));
            Assert.That(text?.En, Does.Contain("PostgreSQL store needs a secret").And.Contain("BENCHMARK_KEY_SECRET"));
            Assert.That(text?.En, Does.Not.Contain("hunter2"));
        });
    }

    [Test]
    public void PlaintextKeyOfAnOlderVersion_Ignored()
    {
        var folder = NewFolder();
        using var store = DatasetStore.Open(Path.Combine(folder, "site.db"));
        const string Plain = "<key id=\"1\" version=\"1\"><descriptor><descriptor><masterKey p4:requiresEncryption=\"true\" xmlns:p4=\"http://schemas.asp.net/2015/03/dataProtection\"><value>c2VjcmV0</value></masterKey></descriptor></descriptor></key>";
        store.SaveDataProtectionKey("key-1", Plain);
        store.SaveDataProtectionKey("key-2", new XElement("key", new XAttribute("id", "2"), KeyRingCipher.Encrypt(new XElement("masterKey"), Secret)).ToString());

        var repository = new StoreXmlRepository(store);
        Assert.Multiple(() =>
        {
            Assert.That(repository.GetAllElements().Select(e => (string?)e.Attribute("id")), Is.EqualTo(new[] { "2" }));
            Assert.DoesNotThrow(() => repository.Verify(Secret));
            Assert.Throws<CryptographicException>(() => repository.Verify(Other));
            Assert.That(KeyRingSecret.FromText(new string('x', 40), "BENCHMARK_KEY_SECRET").ToString(), Does.Not.Contain("xxxx"));
        });
    }

    private static IReadOnlyList<string> Keys(string db)
    {
        using var store = DatasetStore.Open(db);
        return store.DataProtectionKeys();
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
