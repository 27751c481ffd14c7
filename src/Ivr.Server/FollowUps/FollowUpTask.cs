namespace Ivr.Server.FollowUps;

/// <summary>
/// Something a counselor of <see cref="Language"/> must do after a call: listen to a message and call back (kind
/// <see cref="FollowUpKinds.Message"/>), or later a callback that failed (<see cref="FollowUpKinds.Callback"/>, no
/// recording). Open, then claimed by one counselor, then done with a disposition. The caller's number is kept only
/// protected (<see cref="CallerNumbers"/>) and as the keyed hash the call records link callers by.
/// </summary>
public sealed class FollowUpTask
{
    public Guid Id { get; set; }

    public required string Kind { get; set; }

    public required string Language { get; set; }

    /// <summary>The call the task came from (the caller's leg).</summary>
    public required string CallSid { get; set; }

    /// <summary>The caller's number, protected by ASP.NET Data Protection (purpose <see cref="CallerNumbers.Purpose"/>).</summary>
    public string? CallerProtected { get; set; }

    /// <summary>HMAC-SHA256 of the number with <c>CallRecords:CallerHashKey</c>, as <c>records.calls.caller_hash</c>.</summary>
    public byte[]? CallerHash { get; set; }

    /// <summary>Twilio's recording (a message); null for a task without one, and once retention deleted it at Twilio.</summary>
    public string? RecordingSid { get; set; }

    public int RecordingSeconds { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string State { get; set; } = FollowUpStates.Open;

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public string? Disposition { get; set; }

    public string? DoneBy { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    public string? Note { get; set; }

    /// <summary>Set by retention when the task's personal data went; the row stays until its recording is deleted at Twilio.</summary>
    public DateTimeOffset? ExpiredAt { get; set; }

    /// <summary>PostgreSQL's row version (xmin): a claim or a close that lost a race is refused, not applied twice.</summary>
    public uint Version { get; set; }
}
