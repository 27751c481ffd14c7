using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Traffic;

namespace Ivr.Server.Tests.PlanningProof;

/// <summary>A replayed caller: its language, the half hour it arrived in (index in the window), and its call.</summary>
public sealed record ProofCaller(string Language, int Interval, SimCall Call, VirtualCaller Caller)
{
    /// <summary>
    /// Answered within the target: from the caller's language choice (the menu's last key, when the server queues the call
    /// with the ACD) to being put through to the counselor, in virtual time. A caller a free counselor takes at once is
    /// never held by Twilio's &lt;Enqueue&gt;, so the wait starts at the choice, the server's latency included.
    /// </summary>
    public bool AnsweredWithin(TimeSpan target) =>
        Caller.LanguageChosenAt is { } chosen && Caller.ConnectedAt is { } connected && connected - chosen <= target;

    public bool Settled => Call.IsEnded || Caller.ConnectedAt is not null;
}
