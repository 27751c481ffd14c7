using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Accounts;

/// <summary>The <c>Accounts:Session</c> section: how long a sign-in lasts and how soon a revocation reaches it.</summary>
public sealed class SessionOptions
{
    public const string Section = "Accounts:Session";

    /// <summary>A browser sign-in lasts one shift, never sliding: the next shift signs in again.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "24:00:00", ErrorMessage = "Accounts:Session:CookieLifetime must be between 00:05:00 and 24:00:00.")]
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>
    /// The cookie is <c>__Host-ivr</c>, Secure, sent over HTTPS only. False (cookie <c>ivr</c>, sent over HTTP too) is
    /// for a developer's plain-HTTP loopback server and is refused in Production.
    /// </summary>
    public bool SecureCookie { get; set; } = true;

    public string CookieName => SecureCookie ? "__Host-ivr" : "ivr";

    /// <summary>
    /// How often a sign-in (cookie, bearer token, open hub connection) is checked against the account's security stamp
    /// on an instance that did not make the change; the instance that disables, changes roles or revokes acts at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00", ErrorMessage = "Accounts:Session:RevalidationInterval must be between 00:00:01 and 00:30:00.")]
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
