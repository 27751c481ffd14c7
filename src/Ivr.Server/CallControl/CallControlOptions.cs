using Ivr.Server.Telephony;

namespace Ivr.Server.CallControl;

/// <summary>The <c>CallControl</c> section: how the server reaches Twilio about calls it connects.</summary>
public sealed class CallControlOptions
{
    public const string Section = "CallControl";

    /// <summary>
    /// The public base URL Twilio calls back (status callbacks, TwiML). Defaults to
    /// <c>Twilio:RequestValidation:BaseUrlOverride</c>.
    /// </summary>
    [AbsoluteHttpUrl(ErrorMessage = "CallControl:PublicBaseUrl must be an absolute http or https URL.")]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Shown as the caller of the leg that rings a counselor's softphone.</summary>
    public string CallerId { get; set; } = "1345";
}
