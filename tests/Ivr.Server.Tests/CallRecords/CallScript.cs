using Ivr.Acd.Events;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>Builds one call's events at offsets (seconds) from its start, with stable event ids as producers make them.</summary>
public sealed class CallScript(string callSid, DateTimeOffset start)
{
    private readonly List<CallEvent> events = [];

    public string CallSid => callSid;

    public IReadOnlyList<CallEvent> Events => events;

    public CallScript Arrive(string from = "+82 10-1234-5678") => Add(CallEventTypes.CallArrived, 0, ("from", from), ("to", "1345"));

    public CallScript Language(string language, double at) => Add(CallEventTypes.LanguageChosen, at, ("language", language));

    public CallScript Join(string language, double at) => Add(CallEventTypes.QueueJoined, at, ("language", language), ("priority", "0"));

    public CallScript Leave(string reason, double at) => Add(CallEventTypes.QueueLeft, at, ("reason", reason));

    /// <summary>A match, as the ACD writes it: the counselor had been available for <paramref name="idleSeconds"/>.</summary>
    public CallScript Reserve(string counselor, string language, double at, double idleSeconds) =>
        Add(CallEventTypes.Reserved, at, ("counselor", counselor), ("language", language), ("idle", (idleSeconds * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public CallScript Answer(string counselor, double at) => Add(CallEventTypes.Answered, at, ("counselor", counselor));

    public CallScript Hold(double at, double until) => Add(CallEventTypes.HoldStarted, at).Add(CallEventTypes.HoldEnded, until);

    public CallScript AddParty(string institution, double at) => Add(CallEventTypes.PartyAdded, at, ("institution", institution));

    public CallScript SelfService(string branch, double at) => Add(CallEventTypes.SelfServiceCompleted, at, ("branch", branch));

    public CallScript AfterHours(string language, double at) => Add(CallEventTypes.AfterHours, at, ("language", language));

    public CallScript End(double at) => Add(CallEventTypes.CallEnded, at, ("status", "completed"));

    public CallScript WrapUp(string counselor, double at, string residency, string topic) =>
        Add(CallEventTypes.WrapUpCompleted, at, ("counselor", counselor), ("residencyStatus", residency), ("topic", topic), ("note", "private note"));

    public CallScript Add(string type, double at, params (string Name, string Value)[] fields)
    {
        events.Add(new CallEvent($"{callSid}-{events.Count + 1}", type, callSid, start.AddSeconds(at),
            fields.ToDictionary(field => field.Name, field => field.Value)));
        return this;
    }
}
