namespace Ivr.Acd.Model;

/// <summary>
/// <paramref name="PreviousCounselor"/>: the counselor who left the call (into wrap-up). <paramref name="Reservation"/>:
/// the named counselor to ring (transfer or consult). <paramref name="Matches"/>: reservations made because a
/// counselor became routable or a caller went back in line, to dispatch as usual.
/// </summary>
public sealed record InCallResult(InCallOutcome Outcome, string? PreviousCounselor, Match? Reservation, IReadOnlyList<Match> Matches)
{
    public static InCallResult Not(InCallOutcome outcome) => new(outcome, null, null, []);
}
