namespace Ivr.Acd.Model;

public sealed record ReservationResult(ReservationOutcome Outcome, string? CallSid, string? CounselorId, IReadOnlyList<Match> Matches);
