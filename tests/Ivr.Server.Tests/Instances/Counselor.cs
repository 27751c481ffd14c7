using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.Server.Tests.Instances;

/// <summary>
/// A counselor's device that answers after a second, talks for <paramref name="talk"/> (simulator time) and hangs up.
/// Rung while still on a call, it declines and counts the ring: the ACD reserved them twice. The talk time is fixed,
/// not drawn from an exponential: a counselor hanging up within a fraction of a second of answering meets a race
/// this test is not about (docs/instances.md, "Known limits").
/// </summary>
public sealed class Counselor(string identity, TimeSpan talk) : IParty
{
    private readonly Lock gate = new();
    private string? activeCall;
    private int ringsWhileBusy;

    public string Identity { get; } = identity;

    public int RingsWhileBusy => Volatile.Read(ref ringsWhileBusy);

    public RingDecision OnRing(SimCall call)
    {
        lock (gate)
        {
            if (activeCall is null)
            {
                return new RingDecision(RingAnswer.Answer, TimeSpan.FromSeconds(1));
            }
        }
        Interlocked.Increment(ref ringsWhileBusy);
        return new RingDecision(RingAnswer.Decline, TimeSpan.FromSeconds(1));
    }

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) => null;

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
        switch (partyEvent.Kind)
        {
            case PartyEventKind.Answered:
                lock (gate)
                {
                    activeCall = call.Sid;
                }
                _ = Task.Delay(talk, line.Clock, call.EndedToken).ContinueWith(_ => line.HangUp(call), TaskScheduler.Default);
                break;
            case PartyEventKind.Ended:
                lock (gate)
                {
                    if (activeCall == call.Sid)
                    {
                        activeCall = null;
                    }
                }
                break;
        }
    }
}
