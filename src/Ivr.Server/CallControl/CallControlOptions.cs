using System.ComponentModel.DataAnnotations;
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

    /// <summary>The center's Twilio number (E.164), shown as the caller when an outside number is added to a call.</summary>
    [RegularExpression(E164Number.Pattern, ErrorMessage = "CallControl:CenterNumber must be an E.164 number such as +8221234567.")]
    public string? CenterNumber { get; set; }

    /// <summary>
    /// How often each instance checks counselors shown on a call against Twilio's view of that call, so a counselor
    /// whose end-of-call callbacks were all lost is not left On call (see <see cref="ConnectedCallAuditor"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "CallControl:AuditInterval must be between 1 s and 1 h.")]
    public TimeSpan AuditInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often a blind transfer whose redirect Twilio refused, and a counselor leg Twilio could not be reached to end, are
    /// tried again (see <see cref="InCall.TransferRedirects"/> and <see cref="CounselorLegHangUps"/>);
    /// well under <c>Acd:StaleCallerAfter</c>, because each try also tells the ACD the caller is still there.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = "CallControl:RedirectRetryInterval must be between 1 s and 1 min.")]
    public TimeSpan RedirectRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A call a counselor places (<see cref="Outbound.OutboundCalls"/>): how long their own softphone rings first, and how
    /// long the number is rung after that (long enough for a voicemail box to answer: the counselor may leave a message).
    /// </summary>
    [Range(5, 120, ErrorMessage = "CallControl:OutboundRingSeconds must be between 5 and 120.")]
    public int OutboundRingSeconds { get; set; } = 40;

    /// <summary>
    /// The most calls one counselor may place in a clock hour, counted across instances (<see cref="Outbound.OutboundQuota"/>):
    /// with the allowed prefixes, what bounds the cost of a counselor's account in the wrong hands. Callbacks the center
    /// dials are not counted.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "CallControl:OutboundCallsPerHour must be between 1 and 1000.")]
    public int OutboundCallsPerHour { get; set; } = 30;
}
