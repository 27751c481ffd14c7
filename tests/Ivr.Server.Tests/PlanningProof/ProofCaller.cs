using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Traffic;

namespace Ivr.Server.Tests.PlanningProof;

/// <summary>A replayed caller: its language, the half hour it arrived in (index in the window), and its call.</summary>
public sealed record ProofCaller(string Language, int Interval, SimCall Call, VirtualCaller Caller)
{
    /// <summary>Answered within the target: from joining the queue to being put through to the counselor, in virtual time.</summary>
    public bool AnsweredWithin(TimeSpan target) =>
        Caller.EnqueuedAt is { } queued && Caller.ConnectedAt is { } connected && connected - queued <= target;

    public bool Settled => Call.IsEnded || Caller.ConnectedAt is not null;
}
