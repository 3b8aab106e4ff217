using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmark.Web.Security;

/// <summary>
/// Decrypts what <see cref="KeyRingEncryptor"/> encrypted. Data Protection makes it by the type name kept in the XML,
/// with the site's services: the secret is the site's <see cref="KeyRingSecret"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1812:Avoid uninstantiated internal classes", Justification = "Data Protection makes it from the type name in the stored XML.")]
internal sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    private readonly KeyRingSecret _secret = services.GetRequiredService<KeyRingSecret>();

    public XElement Decrypt(XElement encryptedElement) => KeyRingCipher.Decrypt(encryptedElement, _secret);
}
