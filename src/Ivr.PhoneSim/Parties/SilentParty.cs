using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Parties;

/// <summary>Answers at once, never presses a key, never hangs up by itself.</summary>
public sealed class SilentParty : IParty
{
    public static SilentParty Instance { get; } = new();

    public RingDecision OnRing(SimCall call) => RingDecision.AnswerNow;

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) => null;

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
    }
}
