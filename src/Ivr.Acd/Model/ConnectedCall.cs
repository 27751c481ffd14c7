namespace Ivr.Acd.Model;

/// <summary>A caller's record as the in-call operations see it: who talks to them and who is consulted.</summary>
public sealed record ConnectedCall(string CallSid, string Language, CallerState State, string? CounselorId, string? ConsultCounselorId);
