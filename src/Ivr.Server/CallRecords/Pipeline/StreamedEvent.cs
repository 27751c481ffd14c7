using Ivr.Acd.Events;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// An event read from the stream with its entry id (kept for tracing), or, when it could not be read, why
/// (<see cref="Unreadable"/>) and the raw entry's names and values (empty when the entry was trimmed).
/// </summary>
public sealed record StreamedEvent(string StreamId, CallEvent? Event, string? Unreadable, IReadOnlyDictionary<string, string>? Entry = null)
{
    public const string TrimmedDescription = "(entry trimmed from the stream before it was written)";

    public bool Trimmed => Event is null && Unreadable == TrimmedDescription;

    /// <summary>The event as it will be stored, when it was prepared ahead (<see cref="CallEventBatchStore.Prepare"/>).</summary>
    public ProtectedEvent? Prepared { get; init; }
}
