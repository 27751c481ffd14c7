using System.Collections.Concurrent;

namespace Ivr.PhoneSim.Journal;

/// <summary>Keeps events in memory (tests and scenario summaries) and forwards them to optional listeners.</summary>
public sealed class MemoryJournal : ISimJournal
{
    private readonly ConcurrentQueue<SimEvent> events = new();
    private readonly List<Action<SimEvent>> listeners = [];

    public IReadOnlyCollection<SimEvent> Events => events.ToArray();

    public void Subscribe(Action<SimEvent> listener)
    {
        lock (listeners)
        {
            listeners.Add(listener);
        }
    }

    public void Record(SimEvent simEvent)
    {
        events.Enqueue(simEvent);
        Action<SimEvent>[] current;
        lock (listeners)
        {
            current = [.. listeners];
        }
        foreach (var listener in current)
        {
            listener(simEvent);
        }
    }
}
