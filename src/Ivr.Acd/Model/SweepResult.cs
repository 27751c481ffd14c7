namespace Ivr.Acd.Model;

public sealed record SweepResult(
    IReadOnlyList<string> ExpiredReservations,
    IReadOnlyList<TimedOutCaller> TimedOut,
    IReadOnlyList<string> LostCallers,
    IReadOnlyList<string> ReleasedCounselors,
    IReadOnlyList<Match> Matches);
