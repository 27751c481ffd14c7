using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Lawyers;

/// <summary>The <c>Lawyers</c> section: when the caller's reminder goes, and how often the SMS job looks.</summary>
public sealed class LawyerOptions
{
    public const string Section = "Lawyers";

    /// <summary>The reminder goes this long before the session (a session booked later than that gets only its confirmation).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "7.00:00:00", ErrorMessage = "Lawyers:ReminderLead must be between 1 hour and 7 days.")]
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the SMS job sends due reminders and confirmations that failed before.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Lawyers:MessageInterval must be between 1 second and 1 hour.")]
    public TimeSpan MessageInterval { get; set; } = TimeSpan.FromMinutes(1);
}
