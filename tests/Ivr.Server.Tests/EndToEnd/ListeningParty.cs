using System.Collections.Concurrent;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>A caller who presses what <paramref name="keys"/> says and keeps what they heard, in order.</summary>
public sealed class ListeningParty(ScriptedParty keys) : IParty
{
    public ConcurrentQueue<string> Heard { get; } = new();

    public RingDecision OnRing(SimCall call) => keys.OnRing(call);

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) => keys.OnGather(call, prompt);

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
        if (partyEvent.Kind == PartyEventKind.Heard && partyEvent.Detail is { } text)
        {
            Heard.Enqueue(text);
        }
    }
}
