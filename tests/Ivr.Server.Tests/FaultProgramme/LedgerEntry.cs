using Ivr.PhoneSim.Traffic;

namespace Ivr.Server.Tests.FaultProgramme;

/// <summary>
/// One call's fate as the simulator saw it: arrival (virtual time), language, outcome (null: not ended), what it was
/// put through to, the wait from the language choice to being put through (real seconds), and whether the caller heard
/// the fail-safe's apology.
/// </summary>
public sealed record LedgerEntry(
    string Sid, DateTimeOffset Arrived, string Language, bool WantsCounselor, CallerOutcome? Outcome, string? ConnectedTo,
    double? WaitSeconds, bool HeardFallback, bool Queued, bool ForgottenByAcd)
{
    /// <summary>
    /// Ended without a counselor and without hanging up themselves, or at the end neither ended, queued nor put
    /// through, or waiting in the simulator's queue while the ACD no longer knew them.
    /// </summary>
    public bool Lost => Outcome is CallerOutcome.Lost or CallerOutcome.Error || (Outcome is null && !Queued && ConnectedTo is null) || ForgottenByAcd;
}
