using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ivr.Server.Data;

/// <summary>
/// The <c>DataProtection</c> section: the certificate that encrypts the data-protection keys (they sign the staff's
/// cookies and bearer tokens) where they are kept, in the shared PostgreSQL. Without it the keys are stored in clear:
/// allowed, loudly, outside Production only (docs/security.md).
/// </summary>
public sealed class KeyProtectionOptions : IValidatableObject
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with its private key, Base64-encoded (a secret, like the auth token).</summary>
    public string? Certificate { get; set; }

    public string? CertificatePassword { get; set; }

    public X509Certificate2? Load() => Certificate is { Length: > 0 } pfx
        ? X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(pfx), CertificatePassword)
        : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? problem = null;
        try
        {
            using var certificate = Load();
            if (certificate is { HasPrivateKey: false })
            {
                problem = "DataProtection:Certificate has no private key: the keys could be encrypted but never read back.";
            }
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            problem = $"DataProtection:Certificate is not a Base64 PKCS#12 file that DataProtection:CertificatePassword opens ({exception.Message}).";
        }
        if (problem is not null)
        {
            yield return new ValidationResult(problem, [nameof(Certificate)]);
        }
    }
}
