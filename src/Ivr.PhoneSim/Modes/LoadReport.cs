using System.Globalization;
using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Modes;

internal static class LoadReport
{
    public static string Summary(TrafficMetrics metrics, TimeSpan virtualElapsed, TimeSpan realElapsed, int webhookErrors)
    {
        var latencies = metrics.LatencySeconds;
        string Ms(double seconds) => double.IsNaN(seconds) ? "n/a" : (seconds * 1000).ToString("F1", CultureInfo.InvariantCulture) + " ms";
        return string.Join(Environment.NewLine,
            $"calls placed: {metrics.Arrived} in {realElapsed.TotalSeconds:F1} s real ({metrics.Arrived / Math.Max(0.001, realElapsed.TotalSeconds):F1} calls/s real); whole run {virtualElapsed.TotalSeconds:F0} s virtual",
            $"reached a counselor: {metrics.Connected}  ended: answered {metrics.Count(CallerOutcome.Answered)}  abandoned: {metrics.Count(CallerOutcome.Abandoned)}  self-service: {metrics.Count(CallerOutcome.SelfService)}  lost: {metrics.Count(CallerOutcome.Lost)}  errors: {metrics.Count(CallerOutcome.Error)} (webhook errors {webhookErrors})  callback requested: {metrics.Count(CallerOutcome.CallbackRequested)}  message left: {metrics.Count(CallerOutcome.MessageLeft)}  callbacks rung: {metrics.CallbacksRang}  callbacks connected: {metrics.CallbacksConnected}",
            $"routing: language choice -> counselor ringing (virtual time, {latencies.Count} connected calls): p50 {Ms(TrafficMetrics.Percentile(latencies, 0.5))}  p90 {Ms(TrafficMetrics.Percentile(latencies, 0.9))}  p99 {Ms(TrafficMetrics.Percentile(latencies, 0.99))}  max {Ms(latencies.Count == 0 ? double.NaN : latencies.Max())}");
    }
}
