using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.Server.Tests.Instances;

/// <summary>
/// A caller who picks <paramref name="languageKeys"/> at the language menu, asks for a counselor at any other menu and
/// waits on hold as long as it takes (never hangs up); after a fallback they go through the menu again. Notes when
/// they were put through to a counselor's conference.
/// </summary>
public sealed class Caller(string languageKeys) : IParty
{
    private int connections;

    /// <summary>How many times the caller entered a conference (a counselor's call).</summary>
    public int Connections => Volatile.Read(ref connections);

    public RingDecision OnRing(SimCall call) => RingDecision.AnswerNow;

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) => prompt.DocumentUrl?.AbsolutePath switch
    {
        "/twilio/voice/incoming" => KeyInput.Quick(languageKeys) with { BargeIn = true },
        "/twilio/voice/menu" => KeyInput.Quick("0") with { BargeIn = true },
        _ => null,
    };

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
        if (partyEvent.Kind == PartyEventKind.Connected && partyEvent.Detail?.StartsWith("conference:", StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref connections);
        }
    }
}
