using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Parties;

/// <summary>
/// Presses the given key sequences at successive Gathers (null or "" = stays silent at that Gather), optionally
/// barging in one second into the prompts; at every Record does what <paramref name="record"/> says (default: silent).
/// </summary>
public sealed class ScriptedParty(IReadOnlyList<string?> keysPerGather, RingDecision? ring = null, bool bargeIn = false, RecordInput? record = null) : IParty
{
    public RingDecision OnRing(SimCall call) => ring ?? RingDecision.AnswerNow;

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) =>
        prompt.Index < keysPerGather.Count && !string.IsNullOrEmpty(keysPerGather[prompt.Index])
            ? KeyInput.Quick(keysPerGather[prompt.Index]!) with { BargeIn = bargeIn }
            : null;

    public RecordInput OnRecord(SimCall call, RecordPrompt prompt) => record ?? RecordInput.Silent;

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
    }
}
