using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Parties;

/// <summary>
/// The person on a call leg: decides whether to answer when it rings, which keys to press at a Gather, what it says
/// when a Record starts, and reacts to what happens (hangs up when patience runs out, ends a conversation after the
/// talk time).
/// </summary>
public interface IParty
{
    RingDecision OnRing(SimCall call);

    KeyInput? OnGather(SimCall call, GatherPrompt prompt);

    /// <summary>What the party says when a &lt;Record&gt; starts; by default nothing.</summary>
    RecordInput OnRecord(SimCall call, RecordPrompt prompt) => RecordInput.Silent;

    void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line);
}
