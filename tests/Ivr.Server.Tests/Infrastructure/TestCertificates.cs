using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>A self-signed certificate made for this test run, as a deployment gives DataProtection:Certificate.</summary>
public static class TestCertificates
{
    public const string Password = "test-certificate-password";

    private static readonly Lazy<string> DataProtectionPfx = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ivr-tests-data-protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pfx, Password));
    });

    /// <summary>Base64 of a PKCS#12 file with its private key, opened by <see cref="Password"/>.</summary>
    public static string DataProtection => DataProtectionPfx.Value;
}
