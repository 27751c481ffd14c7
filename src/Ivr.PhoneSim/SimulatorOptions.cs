using System.ComponentModel.DataAnnotations;

namespace Ivr.PhoneSim;

/// <summary>The simulated Twilio account and the phone number callers dial.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "PhoneSim";

    [Required, RegularExpression("^AC[0-9a-f]{32}$", ErrorMessage = "PhoneSim:AccountSid must be AC followed by 32 hex digits.")]
    public string AccountSid { get; set; } = "AC1345000000000000000000000000abcd";

    [Required(ErrorMessage = "PhoneSim:AuthToken is required.")]
    public string AuthToken { get; set; } = "1345simulatorauthtoken0000000000";

    /// <summary>The number callers dial (Twilio's "To").</summary>
    public string PhoneNumber { get; set; } = "+821345";

    /// <summary>The number's Voice URL: where an incoming call's first webhook goes.</summary>
    public Uri? VoiceUrl { get; set; }

    public string VoiceMethod { get; set; } = "POST";

    /// <summary>The number's Voice Fallback URL: requested with ErrorCode and ErrorUrl when the call's TwiML cannot be fetched or parsed.</summary>
    public Uri? VoiceFallbackUrl { get; set; }

    /// <summary>The number's status callback URL (all terminal statuses are reported there).</summary>
    public Uri? StatusCallback { get; set; }

    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an audio file played with &lt;Play&gt; lasts (the simulator does not download audio).</summary>
    public TimeSpan PlayDuration { get; set; } = TimeSpan.FromSeconds(8);

    public const string ApplicationError = "An application error has occurred.";
}
