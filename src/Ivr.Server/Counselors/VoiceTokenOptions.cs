using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Counselors;

/// <summary>
/// The <c>Twilio:Voice</c> section: the API key that signs softphone access tokens. Without it the softphone uses the
/// phone simulator's device instead of Twilio's Voice SDK.
/// </summary>
public sealed class VoiceTokenOptions
{
    public const string Section = "Twilio:Voice";

    [RegularExpression("^SK[0-9a-fA-F]{32}$", ErrorMessage = "Twilio:Voice:ApiKeySid must be 'SK' followed by 32 hexadecimal digits.")]
    public string? ApiKeySid { get; set; }

    /// <summary>Twilio's API key secrets have 32 characters; HS256 needs at least 16 bytes.</summary>
    [MinLength(16, ErrorMessage = "Twilio:Voice:ApiKeySecret must have at least 16 characters.")]
    public string? ApiKeySecret { get; set; }

    /// <summary>The TwiML app for calls the softphone places (e.g. to an institution), if any.</summary>
    public string? OutgoingApplicationSid { get; set; }

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    public bool IsConfigured => !string.IsNullOrEmpty(ApiKeySid) && !string.IsNullOrEmpty(ApiKeySecret);
}
