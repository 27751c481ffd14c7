namespace Ivr.Acd.Model;

/// <summary>Where a caller stands: 1-based position (0 unless waiting), expected wait, time waited so far.</summary>
public sealed record CallerStatus(string CallSid, string Language, CallerState State, int Position, TimeSpan ExpectedWait, TimeSpan Waited);
