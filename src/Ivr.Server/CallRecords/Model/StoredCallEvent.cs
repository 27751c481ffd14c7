namespace Ivr.Server.CallRecords.Model;

/// <summary>The append-only event table: one row per event id, whatever how often the stream delivered it.</summary>
public sealed class StoredCallEvent
{
    public required string EventId { get; set; }
    public required string StreamId { get; set; }
    public required string CallSid { get; set; }
    public required string Type { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The event's fields as JSON, with the caller's number replaced by its protected forms.</summary>
    public required string Fields { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
}
