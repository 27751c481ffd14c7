using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Ivr;

/// <summary>The <c>Ivr</c> section.</summary>
public sealed class IvrOptions
{
    public const string Section = "Ivr";

    /// <summary>How long a call session lives in Redis after its last step.</summary>
    [Range(10, 1440, ErrorMessage = "Ivr:SessionTtlMinutes must be between 10 and 1440.")]
    public int SessionTtlMinutes { get; set; } = 240;

    /// <summary>
    /// How long a voice webhook may take before the caller gets the fallback answer instead: under Twilio's hard limit
    /// of 15 s, and above the Redis client's 5 s timeout, so a stalled Redis costs a caller one timeout, not silence.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:14", ErrorMessage = "Ivr:WebhookDeadline must be between 00:00:01 and 00:00:14.")]
    public TimeSpan WebhookDeadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The time zone opening hours and holidays are written in.</summary>
    [Required(ErrorMessage = "Ivr:TimeZone is required.")]
    public string TimeZone { get; set; } = "Asia/Seoul";
}
