using System.Diagnostics.Metrics;
using Ivr.Server.Telemetry;

namespace Ivr.Server.Tests.HighAvailability;

/// <summary>Listens to one server's webhook metrics: how many webhooks ran, the slowest, and how many the fail-safe answered.</summary>
public sealed class WebhookWatch : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly Lock gate = new();
    private int count;
    private double slowestSeconds;
    private int fallbacks;

    public WebhookWatch(IvrMetrics metrics)
    {
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (ReferenceEquals(instrument, metrics.WebhookDuration) || ReferenceEquals(instrument, metrics.WebhookFailures))
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, _, _) =>
        {
            lock (gate)
            {
                count++;
                slowestSeconds = Math.Max(slowestSeconds, seconds);
            }
        });
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "error.type", Value: "fault" or "deadline" })
                {
                    Interlocked.Increment(ref fallbacks);
                }
            }
        });
        listener.Start();
    }

    public void Reset()
    {
        lock (gate)
        {
            (count, slowestSeconds) = (0, 0);
            Interlocked.Exchange(ref fallbacks, 0);
        }
    }

    public (int Count, TimeSpan Slowest, int Fallbacks) Snapshot()
    {
        lock (gate)
        {
            return (count, TimeSpan.FromSeconds(slowestSeconds), fallbacks);
        }
    }

    public void Dispose() => listener.Dispose();
}
