using System.Collections.Concurrent;
using Ivr.PhoneSim.Twilio;

namespace Ivr.PhoneSim.Calls;

/// <summary>All calls the simulator knows, live and finished.</summary>
public sealed class CallRegistry(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, SimCall> calls = new(StringComparer.Ordinal);

    public SimCall Create(CallSetup setup)
    {
        var call = new SimCall(Sids.New(Sids.CallPrefix), setup, clock.GetUtcNow());
        calls[call.Sid] = call;
        return call;
    }

    public SimCall? Find(string sid) => calls.TryGetValue(sid, out var call) ? call : null;

    public IReadOnlyCollection<SimCall> All => [.. calls.Values];
}
