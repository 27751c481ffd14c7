namespace Ivr.Acd.Events;

/// <summary>
/// One thing that happened to a call, as appended to the events stream (<see cref="ContactCenterKeys.Events"/>).
/// <paramref name="EventId"/> is unique per happening, so a replayed event can be recognised and ignored.
/// <paramref name="Fields"/> holds the type's details (language, counselor, reason, residency status, ...).
/// </summary>
public sealed record CallEvent(string EventId, string Type, string CallSid, DateTimeOffset At, IReadOnlyDictionary<string, string> Fields)
{
    // Stream entry field names; every other field of the entry is one of Fields.
    public const string EventIdField = "id";
    public const string TypeField = "type";
    public const string CallSidField = "call";
    public const string AtField = "at";
}
