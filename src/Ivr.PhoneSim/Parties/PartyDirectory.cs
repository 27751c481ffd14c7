using System.Collections.Concurrent;

namespace Ivr.PhoneSim.Parties;

/// <summary>
/// Who answers a dialed address. Registered identities (e.g. "client:counselor-17") get their party; an unknown
/// client never answers (no device registered); any other number answers at once in silence.
/// </summary>
public sealed class PartyDirectory
{
    private readonly ConcurrentDictionary<string, IParty> parties = new(StringComparer.OrdinalIgnoreCase);

    public void Register(string address, IParty party) => parties[address] = party;

    public IParty Resolve(string address) =>
        parties.TryGetValue(address, out var party) ? party
        : address.StartsWith("client:", StringComparison.OrdinalIgnoreCase) ? UnregisteredClient.Instance
        : SilentParty.Instance;

    private sealed class UnregisteredClient : IParty
    {
        public static UnregisteredClient Instance { get; } = new();

        public RingDecision OnRing(Calls.SimCall call) => new(RingAnswer.Ignore, TimeSpan.Zero);

        public KeyInput? OnGather(Calls.SimCall call, GatherPrompt prompt) => null;

        public void OnEvent(Calls.SimCall call, PartyEvent partyEvent, IPhoneLine line)
        {
        }
    }
}
