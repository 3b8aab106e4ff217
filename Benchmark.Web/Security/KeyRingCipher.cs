using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Benchmark.Text;

namespace Benchmark.Web.Security;

/// <summary>
/// AES-256-GCM over one XML element of the key ring: a random salt (for the key, <see cref="KeyRingSecret.Key"/>) and
/// nonce per element; the tag makes a wrong secret or a changed element fail instead of giving garbage.
/// </summary>
internal static class KeyRingCipher
{
    /// <summary>The element that holds an encrypted secret in the stored XML.</summary>
    public static readonly XName Element = XName.Get("aesGcm", "urn:benchmark:keyring");

    private const int SaltBytes = 16;

    public static XElement Encrypt(XElement plaintext, KeyRingSecret secret)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var data = Encoding.UTF8.GetBytes(plaintext.ToString(SaveOptions.DisableFormatting));
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var cipher = new byte[data.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(secret.Key(salt), tag.Length))
        {
            aes.Encrypt(nonce, data, cipher, tag);
        }

        CryptographicOperations.ZeroMemory(data);
        return new XElement(
            Element,
            new XAttribute("version", 1),
            new XAttribute("salt", Convert.ToBase64String(salt)),
            new XAttribute("nonce", Convert.ToBase64String(nonce)),
            new XAttribute("tag", Convert.ToBase64String(tag)),
            Convert.ToBase64String(cipher));
    }

    /// <exception cref="CryptographicException">When the secret is not the one that encrypted the element (told in both languages).</exception>
    public static XElement Decrypt(XElement encrypted, KeyRingSecret secret)
    {
        ArgumentNullException.ThrowIfNull(encrypted);
        try
        {
            var salt = Convert.FromBase64String((string?)encrypted.Attribute("salt") ?? string.Empty);
            var nonce = Convert.FromBase64String((string?)encrypted.Attribute("nonce") ?? string.Empty);
            var tag = Convert.FromBase64String((string?)encrypted.Attribute("tag") ?? string.Empty);
            var cipher = Convert.FromBase64String(encrypted.Value);
            var data = new byte[cipher.Length];
            using var aes = new AesGcm(secret.Key(salt), tag.Length);
            aes.Decrypt(nonce, cipher, tag, data);
            var element = XElement.Parse(Encoding.UTF8.GetString(data));
            CryptographicOperations.ZeroMemory(data);
            return element;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException or System.Xml.XmlException)
        {
            throw WrongSecret(secret, ex);
        }
    }

    public static CryptographicException WrongSecret(KeyRingSecret secret, Exception? inner = null) =>
        ExplainedException.With(
            new CryptographicException("The Data Protection keys in the store were encrypted with another secret.", inner),
            new LocalizedText(
                $"De sleutels van de inlogcookies in de opslag zijn met een ander geheim versleuteld dan dat uit {secret.Source}. Geef het geheim dat de andere webservers van deze opslag gebruiken (--key-file of BENCHMARK_KEY_SECRET). Is het kwijt, start dan eenmalig met --forget-keys: de opgeslagen sleutels worden gewist en iedereen logt opnieuw in.",
                $"The sign-in keys in the store were encrypted with another secret than the one from {secret.Source}. Give the secret the other web nodes of this store use (--key-file or BENCHMARK_KEY_SECRET). If it is lost, start once with --forget-keys: the stored keys are deleted and everyone signs in again."));
}
