using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.Server.Tests.Faults;

/// <summary>
/// A caller who, wherever the IVR puts them, picks <paramref name="language"/> at the language menu, asks for a
/// counselor at any other menu and waits quietly on hold: after a fallback sends them back to the start, they simply
/// go through the menu again, as a real caller would.
/// </summary>
public sealed class SeekingCounselorParty(string language) : IParty
{
    public RingDecision OnRing(SimCall call) => RingDecision.AnswerNow;

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) => prompt.DocumentUrl?.AbsolutePath switch
    {
        "/twilio/voice/incoming" => KeyInput.Quick(language) with { BargeIn = true },
        "/twilio/voice/menu" => KeyInput.Quick("0") with { BargeIn = true },
        _ => null,
    };

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
    }
}
