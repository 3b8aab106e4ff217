using System.Xml.Linq;
using Benchmark.Store;
using Benchmark.Store.Sharing;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Benchmark.Web.Security;

/// <summary>
/// Keeps ASP.NET Core's Data Protection keys in the store, so that every web node on the same store reads the others'
/// cookies. Their secret part is encrypted (<see cref="KeyRingEncryptor"/>); a key kept in plain text (by a version
/// before the encryption) is ignored, so that whoever reads the store cannot forge a sign-in with it.
/// </summary>
internal sealed class StoreXmlRepository(IDatasetStore store) : IXmlRepository
{
    private static readonly XName RequiresEncryption = XName.Get("requiresEncryption", "http://schemas.asp.net/2015/03/dataProtection");

    public IReadOnlyCollection<XElement> GetAllElements() => [.. Stored().Where(e => !HoldsPlaintext(e))];

    public void StoreElement(XElement element, string friendlyName) =>
        store.SaveDataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting));

    /// <summary>
    /// Checks that <paramref name="secret"/> decrypts every encrypted key in the store, before the site serves: a wrong
    /// secret would otherwise make the site quietly write new keys and sign nobody in on the other nodes.
    /// </summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">When a key does not decrypt (told in both languages).</exception>
    public void Verify(KeyRingSecret secret)
    {
        foreach (var encrypted in Stored().SelectMany(e => e.Descendants(KeyRingCipher.Element)))
        {
            _ = KeyRingCipher.Decrypt(encrypted, secret);
        }
    }

    /// <summary>Whether <paramref name="key"/> holds secret material in plain text (marked "requires encryption" and not encrypted).</summary>
    public static bool HoldsPlaintext(XElement key) =>
        key.DescendantsAndSelf().Any(e => (bool?)e.Attribute(RequiresEncryption) == true);

    private IEnumerable<XElement> Stored() => store.DataProtectionKeys().Select(x => XElement.Parse(x));
}
