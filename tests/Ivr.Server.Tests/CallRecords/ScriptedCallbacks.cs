using Ivr.Acd.Events;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>
/// Four callers on <see cref="ScriptedDay.Day"/> who left the line for a callback, with each callback's events as the ACD
/// writes them (CallSid cb- + the original's). Vietnamese: K asked at 11:01, first dial not answered, the second
/// connected to c1 at 11:14:40 (time to callback 820 s; 180 s talk, 30 s wrap-up); L failed after two dials (busy, no answer);
/// N carried over to the next opening (pending). English: M cancelled while waiting.
/// </summary>
public static class ScriptedCallbacks
{
    public static readonly DateTimeOffset Start = ScriptedDay.Morning.AddHours(1);

    public static IReadOnlyList<CallScript> Calls() =>
    [
        Original("CA-K", "vi", 0), Requested("CA-K", "vi", 0)
            .Dialling("c1", 1, 240).AttemptFailed("c1", 1, "no-answer", 270)
            .Dialling("c1", 2, 870).Connected("CA-K", "c1", 2, "CA-dial-K2", 880)
            .Add(CallEventTypes.CallEnded, 1060, ("counselor", "c1"), ("language", "vi"), ("duration", "190"))
            .Add(CallEventTypes.WrapUpCompleted, 1090, ("counselor", "c1"))
            .Add(CallEventTypes.OutcomeRecorded, 1091, ("counselor", "c1"), ("residencyStatus", "E-9"), ("topic", "VISA")),
        Original("CA-L", "vi", 120), Requested("CA-L", "vi", 120)
            .Dialling("c2", 1, 300).AttemptFailed("c2", 1, "busy", 310)
            .Dialling("c2", 2, 920).AttemptFailed("c2", 2, "no-answer", 950)
            .Add(CallEventTypes.CallbackFailed, 950, ("original", "CA-L"), ("language", "vi"), ("attempts", "2"), ("reason", "no-answer")),
        Original("CA-M", "en", 180), Requested("CA-M", "en", 180)
            .Add(CallEventTypes.CallbackCancelled, 400, ("original", "CA-M"), ("language", "en"), ("reason", "operations"), ("state", "waiting"), ("counselor", "")),
        Original("CA-N", "vi", 240), Requested("CA-N", "vi", 240)
            .Add(CallEventTypes.CallbackScheduled, 500, ("original", "CA-N"), ("language", "vi"), ("notBefore", "1772499600000"), ("reason", "carry-over")),
    ];

    public static IReadOnlyList<CallEvent> Events() => [.. Calls().SelectMany(call => call.Events)];

    /// <summary>The call that asked: in line for 60 s, then it left for a callback and hung up.</summary>
    private static CallScript Original(string callSid, string language, double at) =>
        new CallScript(callSid, Start.AddSeconds(at)).Arrive().Language(language, 0).Join(language, 0).Leave("callback", 60).End(65);

    /// <summary>The callback, timed from the original call's start, asked for as the caller left the line.</summary>
    private static CallScript Requested(string callSid, string language, double at) =>
        new CallScript("cb-" + callSid, Start.AddSeconds(at))
            .Add(CallEventTypes.CallbackRequested, 60, ("original", callSid), ("language", language), ("priority", "0"), ("notBefore", ""));

    private static CallScript Dialling(this CallScript callback, string counselor, int attempt, double at) =>
        callback.Add(CallEventTypes.CallbackDialling, at, ("original", callback.CallSid[3..]), ("counselor", counselor), ("language", "vi"),
            ("reservation", $"r-{callback.CallSid}-{attempt}"), ("attempt", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static CallScript AttemptFailed(this CallScript callback, string counselor, int attempt, string reason, double at) =>
        callback.Add(CallEventTypes.CallbackAttemptFailed, at, ("original", callback.CallSid[3..]), ("counselor", counselor), ("reason", reason),
            ("attempt", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("next", ""));

    private static CallScript Connected(this CallScript callback, string original, string counselor, int attempt, string dialled, double at) =>
        callback.Add(CallEventTypes.CallbackConnected, at, ("original", original), ("counselor", counselor), ("language", "vi"),
            ("attempt", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("dialled", dialled), ("waited", "880000"));
}
