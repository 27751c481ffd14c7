namespace Ivr.Acd.Model;

/// <param name="State">The counselor's state after the operation (their state as it was when refused).</param>
/// <param name="Matches">Reservations made once a counselor was freed: dispatch them.</param>
public sealed record OutboundResult(OutboundOutcome Outcome, CounselorState? State, IReadOnlyList<Match> Matches);
