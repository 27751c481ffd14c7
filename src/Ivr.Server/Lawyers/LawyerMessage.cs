namespace Ivr.Server.Lawyers;

/// <summary>An SMS sent to a booking's caller or lawyer (Twilio's Message sid) and the last status Twilio reported for it.</summary>
public sealed class LawyerMessage
{
    public required string Sid { get; set; }

    public Guid BookingId { get; set; }

    /// <summary><see cref="LawyerTexts.Kind"/> in lower case (confirmation, reminder, cancellation, rescheduling: the caller's), or <see cref="LawyerNotices.Kinds"/> (the lawyer's).</summary>
    public required string Kind { get; set; }

    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
