using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Data;

/// <summary>
/// Encrypts each data-protection key with the certificate of <see cref="KeyProtectionOptions"/> (XML Encryption: an
/// AES-256 session key wrapped with the certificate's RSA key), as ASP.NET Core's certificate encryptor does, but
/// with the certificate from validated options instead of one in hand when services are registered.
/// </summary>
public sealed class CertificateKeyEncryptor(IOptions<KeyProtectionOptions> options) : IXmlEncryptor
{
    internal const string KeyName = "ivr-data-protection-certificate";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        using var certificate = options.Value.Load() ?? throw new InvalidOperationException("DataProtection:Certificate is not set.");
        var document = new XmlDocument();
        document.Load(plaintextElement.CreateReader());
        var xml = new EncryptedXml(document);
        xml.AddKeyNameMapping(KeyName, certificate.GetRSAPublicKey()!);
        var encrypted = xml.Encrypt(document.DocumentElement!, KeyName);
        return new EncryptedXmlInfo(XElement.Parse(encrypted.GetXml().OuterXml), typeof(CertificateKeyDecryptor));
    }
}

/// <summary>Reads back what <see cref="CertificateKeyEncryptor"/> wrote (created by the data-protection system by type).</summary>
public sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        using var certificate = services.GetRequiredService<IOptions<KeyProtectionOptions>>().Value.Load()
            ?? throw new InvalidOperationException("The data-protection keys are encrypted; DataProtection:Certificate is needed to read them.");
        var document = new XmlDocument();
        document.Load(encryptedElement.CreateReader());
        var xml = new EncryptedXml(document);
        xml.AddKeyNameMapping(CertificateKeyEncryptor.KeyName, certificate.GetRSAPrivateKey()!);
        xml.DecryptDocument();
        return XElement.Parse(document.DocumentElement!.OuterXml);
    }
}
