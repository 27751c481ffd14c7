namespace Ivr.PhoneSim.Journal;

/// <summary>One thing the simulator did or saw: a webhook request or response, a TwiML step, a status change, an error.</summary>
public sealed record SimEvent(DateTimeOffset At, string Kind, string? CallSid, IReadOnlyDictionary<string, string?> Data);
