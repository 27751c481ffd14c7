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

    /// <summary>The counselor held for the session through the ACD's scheduled reservation (interpreted sessions only).</summary>
    public string? HeldCounselor { get; set; }

    /// <summary>The counselor rung to interpret at the slot time (the held one, or the next available of the language).</summary>
    public string? InterpreterId { get; set; }

    /// <summary>Counselors rung for this session who did not answer their softphone (not rung again).</summary>
    public List<string> DeclinedBy { get; set; } = [];

    /// <summary>When the runner claimed the session (its slot time came).</summary>
    public DateTimeOffset? SessionStartedAt { get; set; }

    /// <summary>When the session ended (in any outcome).</summary>
    public DateTimeOffset? SessionEndedAt { get; set; }

    /// <summary>When the caller answered and joined the conference.</summary>
    public DateTimeOffset? CallerJoinedAt { get; set; }

    public string? InterpreterCallSid { get; set; }

    public string? LawyerCallSid { get; set; }

    public string? CallerCallSid { get; set; }

    /// <summary>Calls placed to the lawyer, and to the caller (each at most 1 + <c>Lawyers:Retries</c>).</summary>
    public int LawyerAttempts { get; set; }

    public int CallerAttempts { get; set; }

    /// <summary>When the party nobody answered for is called again (the runner's pass claims it).</summary>
    public DateTimeOffset? RetryAt { get; set; }

    /// <summary>When the running session last moved on (started, a call placed or answered, a retry claimed): a session that has not for
    /// <c>Lawyers:StallAfter</c> is looked at again (<see cref="SessionResumer"/>).</summary>
    public DateTimeOffset? StepAt { get; set; }

    /// <summary>The call placed for the step the session waits for (the interpreter's ring, the lawyer's or the caller's current attempt).</summary>
    public string? DialledCallSid { get; set; }

    /// <summary>When the rescheduling SMS was claimed for sending (once: a state transition, whichever instance ends the session).</summary>
    public DateTimeOffset? ReschedulingSentAt { get; set; }

    /// <summary>The lawyer last told by SMS that this session is theirs (<see cref="LawyerNotices"/>), and the time they were told; null when none is
    /// (not yet confirmed, or told of the cancellation). A change of time or lawyer makes the two differ from the booking's: the lawyer told is
    /// told of the cancellation, the booking's lawyer of the new time.</summary>
    public Guid? LawyerToldId { get; set; }

    public DateTimeOffset? LawyerToldStartsAt { get; set; }

    public uint Version { get; set; }
}
