using Ivr.Acd.Events;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>An event read from the stream with its entry id (kept for tracing), or the raw entry when it could not be read.</summary>
public sealed record StreamedEvent(string StreamId, CallEvent? Event, string? Unreadable);
