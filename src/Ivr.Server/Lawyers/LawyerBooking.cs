namespace Ivr.Server.Lawyers;

/// <summary>
/// A session booked for a caller with a lawyer at one of their slots. The caller's number is kept only protected
/// (<see cref="FollowUps.CallerNumbers"/>) and as the keyed hash the records link callers by; the counselor's summary
/// only sealed (<see cref="CallNotes.NoteProtector"/>). All three go with the records' retention. One booked session
/// per lawyer and start (a unique index): a slot is never booked twice.
/// </summary>
public sealed class LawyerBooking
{
    public Guid Id { get; set; }

    public Guid LawyerId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public required string Language { get; set; }

    public required string Topic { get; set; }

    /// <summary>Whether the lawyer does not work in <see cref="Language"/> directly: an interpreting counselor joins the session.</summary>
    public bool NeedsInterpreter { get; set; }

    public string? SummarySealed { get; set; }

    /// <summary>The call the booking was made on (the caller's leg).</summary>
    public required string CallSid { get; set; }

    public string? CallerProtected { get; set; }

    public byte[]? CallerHash { get; set; }

    public required string BookedBy { get; set; }

    public DateTimeOffset BookedAt { get; set; }

    public string State { get; set; } = BookingStates.Booked;

    public string? ChangedBy { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>When the SMS confirming the current time went (reset by a reschedule, so the new time is confirmed).</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>When the day-before reminder was claimed for sending (once: a state transition, whichever instance runs).</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    public DateTimeOffset? ExpiredAt { get; set; }

    public uint Version { get; set; }
}
