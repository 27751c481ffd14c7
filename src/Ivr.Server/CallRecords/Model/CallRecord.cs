namespace Ivr.Server.CallRecords.Model;

/// <summary>
/// One row per call, folded from all of the call's events (<see cref="Folding.CallFolder"/>): the row is a pure
/// function of the event set, so event order and replays do not matter. Durations are in seconds.
/// A callback (CallSid <c>cb-</c> + the original CallSid) has a row of its own, <see cref="CallbackOf"/> set: arrival is
/// when it was requested, answer when the dialled caller was connected, and its outcome one of the <c>callback_*</c> outcomes.
/// </summary>
public sealed class CallRecord
{
    public required string CallSid { get; set; }
    public DateTimeOffset? ArrivedAt { get; set; }

    /// <summary>Calendar day and hour of arrival (or of the first event) in the records time zone; rollups are keyed by them.</summary>
    public DateOnly Day { get; set; }
    public short Hour { get; set; }

    public byte[]? CallerHash { get; set; }
    public byte[]? CallerEncrypted { get; set; }
    public string? Dialed { get; set; }
    public string? MenuPath { get; set; }
    public string? SelfService { get; set; }
    public string? Language { get; set; }
    public string? OverflowedFrom { get; set; }
    public DateTimeOffset? QueueJoinedAt { get; set; }
    public DateTimeOffset? QueueLeftAt { get; set; }
    public string? QueueLeaveReason { get; set; }
    public double? WaitSeconds { get; set; }
    public string? Counselor { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public double? TalkSeconds { get; set; }
    public double? HoldSeconds { get; set; }
    public DateTimeOffset? WrappedUpAt { get; set; }
    public double? WrapUpSeconds { get; set; }
    public string Outcome { get; set; } = CallOutcome.InProgress;
    public string? ResidencyStatus { get; set; }
    public string? Topic { get; set; }
    /// <summary>
    /// The directory's id of the institution added to a three-way call (the last one; else the label or number dialled),
    /// or, on an <see cref="Interpretation"/> call, of the institution that called.
    /// </summary>
    public string? Institution { get; set; }

    /// <summary>The outside parties' time on the call, summed (each party's connected seconds as Twilio reported them).</summary>
    public double? PartySeconds { get; set; }

    /// <summary>The call came in on the institution line: an institution asking for an interpreter.</summary>
    public bool Interpretation { get; set; }
    public string? TransferredTo { get; set; }
    public int EventCount { get; set; }

    /// <summary>For a callback's row: the CallSid of the call that asked for it (whose outcome is <see cref="CallOutcome.Callback"/>); null for every other call.</summary>
    public string? CallbackOf { get; set; }

    /// <summary>For a callback's row: the dials made (each attempt's outcome is in the callback's events).</summary>
    public int? CallbackAttempts { get; set; }

    /// <summary>For a connected callback: the CallSid of the dialled (outbound) call, what Twilio knows the conversation by.</summary>
    public string? CallbackDialled { get; set; }

    /// <summary>For a connected callback: from the request to the caller connected (<c>callback.requested</c> to <c>callback.connected</c>).</summary>
    public double? TimeToCallbackSeconds { get; set; }

    /// <summary><see cref="CallDirections.Inbound"/>, or <see cref="CallDirections.Outbound"/> for a call a counselor placed.</summary>
    public string Direction { get; set; } = CallDirections.Inbound;

    /// <summary>An outbound call's follow-up task (a message called back), when it was placed from one.</summary>
    public Guid? FollowUpId { get; set; }

    /// <summary>The caller left a recorded message (<c>call.message-left</c>): on hold, after hours or at the longest wait.</summary>
    public bool MessageLeft { get; set; }

    /// <summary>The caller carried a sensitive tag (<see cref="SensitiveTags"/>): a victim of crime.</summary>
    public bool Sensitive { get; set; }

    /// <summary>The caller's answer to the recording announcement: <c>given</c> or <c>refused</c>; null when not asked (recording off for the language, or not an inbound caller).</summary>
    public string? RecordingConsent { get; set; }

    /// <summary>Seconds of the call's recordings (their references: <see cref="CallRecording"/>); null when none was made.</summary>
    public int? RecordingSeconds { get; set; }
}
