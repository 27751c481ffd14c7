namespace Ivr.Server.CallRecords.Model;

/// <summary>
/// A recording of a call (<c>records.call_recordings</c>): the reference at Twilio (its RecordingSid; never a media
/// URL), written by the recording status callback, deleted by retention once Twilio deleted the recording. Apart from
/// the call's row, which is folded from events and must not bring a deleted reference back.
/// </summary>
public sealed class CallRecording
{
    public required string RecordingSid { get; set; }
    public required string CallSid { get; set; }

    /// <summary>A recording type of <c>Recording:RetentionDays</c>, e.g. <c>call</c>.</summary>
    public required string Type { get; set; }
    public required string Language { get; set; }

    /// <summary>The caller's tags when the recording was made (space-separated; e.g. victim-support), for who may play it.</summary>
    public string Tags { get; set; } = "";
    public int Seconds { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>When retention deletes it (recorded plus the type's days).</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
