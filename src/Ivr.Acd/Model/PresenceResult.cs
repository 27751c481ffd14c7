namespace Ivr.Acd.Model;

/// <summary>Refused means the counselor's state does not allow it (e.g. a break while on a call).</summary>
public sealed record PresenceResult(PresenceOutcome Outcome, CounselorState? State, IReadOnlyList<Match> Matches);
