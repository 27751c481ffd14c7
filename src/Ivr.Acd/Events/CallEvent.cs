namespace Ivr.Acd.Events;

/// <summary>
/// One thing that happened to a call, as appended to the events stream (<see cref="ContactCenterKeys.Events"/>).
/// <paramref name="EventId"/> is unique per happening, so a replayed event can be recognised and ignored.
/// <paramref name="Fields"/> holds the type's details (language, counselor, reason, residency status, ...).
/// </summary>
public sealed record CallEvent(string EventId, string Type, string CallSid, DateTimeOffset At, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The one field of a stream entry: the event packed as a JSON array of strings (<see cref="CallEventStream"/>).</summary>
    public const string PackedField = "e";

    // The names of the event's own values: the fields of an entry in the earlier format (one stream field per name,
    // every other field one of Fields), and the names they are quarantined and stored under.
    public const string EventIdField = "id";
    public const string TypeField = "type";
    public const string CallSidField = "call";
    public const string AtField = "at";
}
