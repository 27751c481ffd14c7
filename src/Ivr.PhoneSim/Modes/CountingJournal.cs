using System.Collections.Concurrent;
using Ivr.PhoneSim.Journal;

namespace Ivr.PhoneSim.Modes;

/// <summary>
/// Keeps no events (load runs produce millions), only counts errors, by kind of error ("11200 HTTP retrieval
/// failure"), so a run says what went wrong and not only how often.
/// </summary>
public sealed class CountingJournal : ISimJournal
{
    private const int MaxKinds = 20;
    private readonly ConcurrentDictionary<string, int> byKind = new(StringComparer.Ordinal);
    private int errors;

    public int Errors => errors;

    /// <summary>The most frequent kinds of error, as "count × code message".</summary>
    public IEnumerable<string> TopErrors(int count) =>
        byKind.OrderByDescending(pair => pair.Value).Take(count).Select(pair => $"{pair.Value} × {pair.Key}");

    public void Record(SimEvent simEvent)
    {
        if (simEvent.Kind != SimEventKinds.Error)
        {
            return;
        }
        Interlocked.Increment(ref errors);
        var kind = $"{simEvent.Data.GetValueOrDefault("code")} {simEvent.Data.GetValueOrDefault("message")}";
        if (byKind.Count < MaxKinds || byKind.ContainsKey(kind))
        {
            byKind.AddOrUpdate(kind, 1, (_, n) => n + 1);
        }
    }
}
