using System.Collections.Concurrent;
using Ivr.PhoneSim.Twilio;

namespace Ivr.PhoneSim.Queues;

/// <summary>Queues by sid and by name; &lt;Enqueue&gt; creates a queue on first use, as Twilio does (max size 1000).</summary>
public sealed class QueueRegistry(TimeProvider clock)
{
    public const int DefaultMaxSize = 1000;

    private readonly ConcurrentDictionary<string, SimQueue> byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimQueue> bySid = new(StringComparer.Ordinal);

    public IReadOnlyCollection<SimQueue> All => [.. bySid.Values];

    public SimQueue GetOrCreate(string friendlyName, int maxSize = DefaultMaxSize) =>
        byName.GetOrAdd(friendlyName, name =>
        {
            var queue = new SimQueue(Sids.New(Sids.QueuePrefix), name, maxSize, clock.GetUtcNow());
            bySid[queue.Sid] = queue;
            return queue;
        });

    public SimQueue? FindByName(string friendlyName) => byName.TryGetValue(friendlyName, out var queue) ? queue : null;

    public SimQueue? Find(string sid) => bySid.TryGetValue(sid, out var queue) ? queue : null;
}
