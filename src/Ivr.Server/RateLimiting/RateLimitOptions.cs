using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.RateLimiting;

/// <summary>
/// The <c>RateLimits</c> section: per client address, a fixed window each. A whole call center may sign in from one
/// address (an office behind NAT): raise <see cref="SignInPermitLimit"/> for a large shift change.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in and token-refresh attempts per address per window (password spraying, lockout abuse).</summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimits:SignInPermitLimit must be between 1 and 1000000.")]
    public int SignInPermitLimit { get; set; } = 60;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "RateLimits:SignInWindow must be between 00:00:01 and 01:00:00.")]
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Unsigned or forged requests to <c>/twilio</c> per address per window; signed requests are never counted or limited.</summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimits:TwilioRefusalPermitLimit must be between 1 and 1000000.")]
    public int TwilioRefusalPermitLimit { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "RateLimits:TwilioRefusalWindow must be between 00:00:01 and 01:00:00.")]
    public TimeSpan TwilioRefusalWindow { get; set; } = TimeSpan.FromMinutes(1);
}
