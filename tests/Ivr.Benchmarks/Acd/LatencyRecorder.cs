using System.Diagnostics;
using System.Globalization;

namespace Ivr.Benchmarks.Acd;

/// <summary>Per-call latencies (BenchmarkDotNet reports per-iteration means; the p99 needs every call).</summary>
public sealed class LatencyRecorder(string name)
{
    private readonly List<double> microseconds = [];

    public async Task<T> TimeAsync<T>(Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await call();
        microseconds.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        return result;
    }

    public string Summary()
    {
        if (microseconds.Count == 0)
        {
            return $"{name}: no calls";
        }
        var sorted = microseconds.Order().ToArray();
        double At(double quantile) => sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: n={sorted.Length} p50={At(0.50):F0}us p90={At(0.90):F0}us p99={At(0.99):F0}us max={sorted[^1]:F0}us mean={sorted.Average():F0}us");
    }
}
