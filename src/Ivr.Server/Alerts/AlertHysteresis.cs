namespace Ivr.Server.Alerts;

/// <summary>
/// Raise once, clear late: a breached reading with no open alert is raised; an open alert clears only after its
/// measure has read clear (past the threshold by the margin, <see cref="AlertReading.IsClear"/>, or no reading at all)
/// in <paramref name="clearAfter"/> evaluations in a row. Any reading not clear in between starts the count again, so a
/// value flapping around the threshold keeps its one alert open and raises no other.
/// </summary>
public sealed class AlertHysteresis(int clearAfter, double marginPct)
{
    private readonly Dictionary<string, int> clearStreaks = new(StringComparer.Ordinal);

    public (List<AlertReading> Raise, List<string> Clear) Step(IReadOnlySet<string> open, IReadOnlyList<AlertReading> readings)
    {
        var byKey = readings.ToDictionary(reading => reading.Key, StringComparer.Ordinal);
        var raise = readings.Where(reading => reading.Breached && !open.Contains(reading.Key)).ToList();
        var clear = new List<string>();
        foreach (var key in open)
        {
            var clearNow = !byKey.TryGetValue(key, out var reading) || reading.IsClear(marginPct);
            var streak = clearNow ? clearStreaks.GetValueOrDefault(key) + 1 : 0;
            if (streak >= clearAfter)
            {
                clear.Add(key);
                clearStreaks.Remove(key);
            }
            else
            {
                clearStreaks[key] = streak;
            }
        }
        foreach (var gone in clearStreaks.Keys.Where(key => !open.Contains(key)).ToList())
        {
            clearStreaks.Remove(gone);
        }
        return (raise, clear);
    }

    /// <summary>Forgets the counts (this instance stopped evaluating; another one counts from its own start).</summary>
    public void Reset() => clearStreaks.Clear();
}
