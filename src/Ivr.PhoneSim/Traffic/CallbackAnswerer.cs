using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Traffic;

/// <summary>
/// The phone of a virtual caller who asked for a callback: it answers when the center calls back, presses the
/// confirmation key at the first Gather ("press 1 to speak to a counselor") and talks until the counselor hangs up.
/// Registered under the caller's number, so every attempt the center makes reaches it.
/// </summary>
public sealed class CallbackAnswerer(TrafficOptions options, TrafficMetrics metrics, TimeSpan answerDelay) : IParty
{
    public RingDecision OnRing(SimCall call)
    {
        metrics.CallbackRang();
        return new RingDecision(RingAnswer.Answer, answerDelay);
    }

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) =>
        new(options.CallbackConfirmKey, TimeSpan.FromSeconds(0.5), TimeSpan.FromMilliseconds(300));

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
        if (partyEvent.Kind == PartyEventKind.Connected)
        {
            metrics.CallbackConnected(call.Sid);
        }
    }
}
