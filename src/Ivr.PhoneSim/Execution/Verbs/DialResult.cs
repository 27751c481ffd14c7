namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>What a &lt;Dial&gt; reports to its action: DialCallStatus, DialCallSid, DialCallDuration, DialBridged, plus noun-specific parameters.</summary>
public sealed record DialResult(string Status, string? DialCallSid, int? Duration, bool Bridged, IReadOnlyDictionary<string, string>? Extra = null);
