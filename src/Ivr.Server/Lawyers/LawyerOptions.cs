using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Lawyers;

/// <summary>The <c>Lawyers</c> section: when the caller's reminder goes, how often the jobs look, and how sessions are run.</summary>
public sealed class LawyerOptions
{
    public const string Section = "Lawyers";

    /// <summary>The reminder goes this long before the session (a session booked later than that gets only its confirmation).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "7.00:00:00", ErrorMessage = "Lawyers:ReminderLead must be between 1 hour and 7 days.")]
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the SMS job sends due reminders and confirmations that failed before.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Lawyers:MessageInterval must be between 1 second and 1 hour.")]
    public TimeSpan MessageInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An interpreting counselor is held through the ACD's scheduled reservation this long before the session.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "04:00:00", ErrorMessage = "Lawyers:HoldLead must be between 1 minute and 4 hours.")]
    public TimeSpan HoldLead { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the session runner holds interpreters, starts sessions due and dials the retries due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Lawyers:SessionInterval must be between 1 second and 5 minutes.")]
    public TimeSpan SessionInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A lawyer or caller who does not answer is called again this many times before the session is a no-show.</summary>
    [Range(0, 5, ErrorMessage = "Lawyers:Retries must be between 0 and 5.")]
    public int Retries { get; set; } = 2;

    /// <summary>The gap between a call nobody answered and the next try.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00", ErrorMessage = "Lawyers:RetryGap must be between 1 second and 30 minutes.")]
    public TimeSpan RetryGap { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A running session that has not moved on for this long (no retry due) is looked at again by any instance: the call
    /// it waits for is asked of Twilio, or placed if the instance that ran it died first (longer than a ring).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00", ErrorMessage = "Lawyers:StallAfter must be between 5 seconds and 30 minutes.")]
    public TimeSpan StallAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the interpreter's softphone, the lawyer's and the caller's phones ring.</summary>
    [Range(5, 120, ErrorMessage = "Lawyers:RingSeconds must be between 5 and 120.")]
    public int RingSeconds { get; set; } = 30;
}
