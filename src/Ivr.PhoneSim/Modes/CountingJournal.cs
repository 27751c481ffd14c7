using Ivr.PhoneSim.Journal;

namespace Ivr.PhoneSim.Modes;

/// <summary>Keeps no events, only counts errors (load runs produce millions of events).</summary>
public sealed class CountingJournal : ISimJournal
{
    private int errors;

    public int Errors => errors;

    public void Record(SimEvent simEvent)
    {
        if (simEvent.Kind == SimEventKinds.Error)
        {
            Interlocked.Increment(ref errors);
        }
    }
}
