using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Ivr.Server.FollowUps;

/// <summary>
/// The caller's number at rest: protected with ASP.NET Data Protection under a purpose of its own (the keys live
/// encrypted in PostgreSQL, shared by every instance; a sign-in cookie's protector cannot open it). The same protected
/// text rides in the recording status callback's URL (signed by Twilio), so the number is never in clear outside a
/// request that already carried it.
/// </summary>
public sealed class CallerNumbers(IDataProtectionProvider protection)
{
    public const string Purpose = "Ivr.FollowUps.CallerNumber.v1";

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    public string? Protect(string? number) => string.IsNullOrWhiteSpace(number) ? null : protector.Protect(number);

    /// <summary>The number, or null when the text was not protected by us (tampered, or from keys since lost).</summary>
    public string? Unprotect(string? protectedNumber)
    {
        if (string.IsNullOrEmpty(protectedNumber))
        {
            return null;
        }
        try
        {
            return protector.Unprotect(protectedNumber);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
