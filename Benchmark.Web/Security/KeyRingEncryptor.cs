using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Benchmark.Web.Security;

/// <summary>Encrypts the secret part of each new Data Protection key before it goes to the store (<see cref="KeyRingCipher"/>).</summary>
internal sealed class KeyRingEncryptor(KeyRingSecret secret) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(KeyRingCipher.Encrypt(plaintextElement, secret), typeof(KeyRingDecryptor));
}
