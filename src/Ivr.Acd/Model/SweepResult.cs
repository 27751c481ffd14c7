namespace Ivr.Acd.Model;

public sealed record SweepResult(
    IReadOnlyList<string> ExpiredReservations,
    IReadOnlyList<TimedOutCaller> TimedOut,
    IReadOnlyList<string> LostCallers,
    IReadOnlyList<string> ReleasedCounselors,
    IReadOnlyList<Match> Matches)
{
    /// <summary>Callback dials the sweep gave up on (see <see cref="ExpiredDial"/>).</summary>
    public IReadOnlyList<ExpiredDial> ExpiredDials { get; init; } = [];
}
