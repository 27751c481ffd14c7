namespace Ivr.PhoneSim.Recordings;

/// <summary>
/// One recording: made by &lt;Record&gt; (mono, source RecordVerb, attached to the parent leg of a two-leg call: the
/// Recording resource's call_sid "will always refer to the parent leg", twilio-csharp RecordingResource), or a
/// conference's (source Conference, its conference_sid set, no call).
/// </summary>
public sealed class SimRecording(string sid, string callSid, DateTimeOffset startTime, string? conferenceSid = null)
{
    private readonly Lock gate = new();

    public string Sid { get; } = sid;
    /// <summary>The recorded call; empty for a conference's recording.</summary>
    public string CallSid { get; } = callSid;
    public string? ConferenceSid { get; } = conferenceSid;
    public DateTimeOffset StartTime { get; } = startTime;
    public DateTimeOffset DateCreated { get; } = startTime;
    public DateTimeOffset DateUpdated { get; private set; } = startTime;
    public string Status { get; private set; } = RecordingStatuses.InProgress;
    public int Channels => 1;
    public string Source => ConferenceSid is null ? "RecordVerb" : "Conference";

    /// <summary>Whole seconds of audio; -1 while recording, as Twilio reports an unfinished recording.</summary>
    public int Duration { get; private set; } = -1;

    /// <summary>Why the recording is absent (16101: too short or empty); null otherwise.</summary>
    public int? ErrorCode { get; private set; }

    public bool IsDeleted { get; private set; }

    /// <summary>In progress or paused: the conference's recording still running, which an update may pause, resume or stop.</summary>
    public bool IsActive => Status is RecordingStatuses.InProgress or RecordingStatuses.Paused;

    private DateTimeOffset? pausedAt;
    private bool pauseSkipped;
    private TimeSpan skipped;

    /// <summary>
    /// Pauses the recording (<paramref name="skip"/>: the paused time is left out of it, else it is silence and counts);
    /// pausing a paused recording changes nothing. False when the recording is not active.
    /// </summary>
    public bool Pause(bool skip, DateTimeOffset at)
    {
        lock (gate)
        {
            if (Status == RecordingStatuses.Paused)
            {
                return true;
            }
            if (Status != RecordingStatuses.InProgress)
            {
                return false;
            }
            Status = RecordingStatuses.Paused;
            pausedAt = at;
            pauseSkipped = skip;
            DateUpdated = at;
            return true;
        }
    }

    /// <summary>Resumes a paused recording; resuming one in progress changes nothing. False when the recording is not active.</summary>
    public bool Resume(DateTimeOffset at)
    {
        lock (gate)
        {
            if (Status == RecordingStatuses.InProgress)
            {
                return true;
            }
            if (Status != RecordingStatuses.Paused)
            {
                return false;
            }
            skipped += SkippedSincePause(at);
            pausedAt = null;
            Status = RecordingStatuses.InProgress;
            DateUpdated = at;
            return true;
        }
    }

    /// <summary>The audio recorded until <paramref name="at"/>: the time since the start less the pauses that skip.</summary>
    public TimeSpan RecordedUntil(DateTimeOffset at)
    {
        lock (gate)
        {
            return at - StartTime - skipped - SkippedSincePause(at);
        }
    }

    private TimeSpan SkippedSincePause(DateTimeOffset at) =>
        pausedAt is { } since && pauseSkipped && at > since ? at - since : TimeSpan.Zero;

    public void Complete(int seconds, DateTimeOffset at)
    {
        lock (gate)
        {
            Duration = seconds;
            Status = RecordingStatuses.Completed;
            DateUpdated = at;
        }
    }

    public void MarkAbsent(int errorCode, DateTimeOffset at)
    {
        lock (gate)
        {
            Duration = 0;
            Status = RecordingStatuses.Absent;
            ErrorCode = errorCode;
            DateUpdated = at;
        }
    }

    public void Delete() => IsDeleted = true;
}
