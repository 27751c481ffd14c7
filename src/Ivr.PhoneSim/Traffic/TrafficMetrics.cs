using System.Collections.Concurrent;

namespace Ivr.PhoneSim.Traffic;

/// <summary>
/// Counts what happened to virtual callers and measures, for answered callers, the virtual time from the language
/// choice to the moment the counselor's phone started ringing for them.
/// </summary>
public sealed class TrafficMetrics
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> ringByLeg = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> ringByConference = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<CallerOutcome, int> outcomes = new();
    private readonly ConcurrentDictionary<string, int> waitingByLanguage = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<double> latencies = [];
    private readonly ConcurrentDictionary<string, byte> callbacksConnected = new(StringComparer.Ordinal);
    private int arrived;
    private int connected;
    private int callbacksRang;

    public int Arrived => arrived;
    public int Waiting => waitingByLanguage.Values.Sum();

    public int Count(CallerOutcome outcome) => outcomes.GetValueOrDefault(outcome);

    public IReadOnlyDictionary<string, int> WaitingByLanguage => waitingByLanguage.Where(p => p.Value > 0).ToDictionary();

    public IReadOnlyList<double> LatencySeconds => [.. latencies];

    public void CallerArrived() => Interlocked.Increment(ref arrived);

    public void QueueChanged(string language, int delta) => waitingByLanguage.AddOrUpdate(language, Math.Max(0, delta), (_, n) => Math.Max(0, n + delta));

    public void CounselorRinging(string legSid, DateTimeOffset at) => ringByLeg[legSid] = at;

    public void CounselorConnected(string legSid, string partner)
    {
        if (partner.StartsWith("conference:", StringComparison.Ordinal) && ringByLeg.TryGetValue(legSid, out var at))
        {
            ringByConference[partner] = at;
        }
    }

    /// <summary>Callers who reached a counselor so far (counted when connected, not when the call ends).</summary>
    public int Connected => connected;

    public void CallerConnected(DateTimeOffset? languageChosenAt, string partner)
    {
        Interlocked.Increment(ref connected);
        if (languageChosenAt is { } chosen && (ringByLeg.TryGetValue(partner, out var ring) || ringByConference.TryGetValue(partner, out ring)))
        {
            latencies.Add(Math.Max(0, (ring - chosen).TotalSeconds));
        }
    }

    /// <summary>Times the center called a caller back (every attempt).</summary>
    public int CallbacksRang => callbacksRang;

    /// <summary>Callback calls that reached a counselor.</summary>
    public int CallbacksConnected => callbacksConnected.Count;

    public void CallbackRang() => Interlocked.Increment(ref callbacksRang);

    public void CallbackConnected(string callSid) => callbacksConnected.TryAdd(callSid, 0);

    public void CallerEnded(CallerOutcome outcome) => outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
