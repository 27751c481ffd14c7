using System.Diagnostics.Metrics;
using Ivr.Acd.Events;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>What the writer last saw, for the health check and the meter <c>Ivr.CallRecords</c>.</summary>
public sealed class WriterStatus
{
    public const string MeterName = "Ivr.CallRecords";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Written = Meter.CreateCounter<long>("ivr.call_records.events_written", "events");
    private static readonly Counter<long> QuarantinedCounter = Meter.CreateCounter<long>("ivr.call_records.events_quarantined", "events",
        "Events PostgreSQL refused as data, or that could not be read, kept in records.quarantined_events instead of the records.");
    private static readonly Counter<long> TrimmedCounter = Meter.CreateCounter<long>("ivr.call_records.events_trimmed_unwritten", "events",
        "Events trimmed from the stream (its length cap) before they were written: lost to the records.");
    private static WriterStatus? latest;

    static WriterStatus()
    {
        Meter.CreateObservableGauge("ivr.call_records.lag", () => latest?.Lag ?? 0, "events",
            "Events in the stream not yet written to PostgreSQL (undelivered plus pending).");
        Meter.CreateObservableGauge("ivr.call_records.stream_fill", () => latest?.StreamFill ?? 0, "1",
            "The event stream's length as a fraction of its trim cap; at 1, events are trimmed whether written or not.");
    }

    public WriterStatus() => latest = this;

    /// <summary>The stream's approximate length cap (<c>XADD MAXLEN ~</c>), the same for every producer.</summary>
    public static long StreamCap => CallEventStream.ApproximateMaxLength;

    public long Lag { get; private set; }
    public long StreamLength { get; private set; }
    public double StreamFill => (double)StreamLength / StreamCap;
    public long EventsWritten { get; private set; }
    public long EventsQuarantined { get; private set; }

    /// <summary>Trimmed unwritten entries this process found; the total ever is kept in Redis (see the health check).</summary>
    public long EventsTrimmedUnwritten { get; private set; }
    public DateTimeOffset? LastBatchAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? LastErrorAt { get; private set; }

    public void BatchWritten(int events, int quarantined, DateTimeOffset at)
    {
        EventsWritten += events;
        Written.Add(events);
        if (quarantined > 0)
        {
            EventsQuarantined += quarantined;
            QuarantinedCounter.Add(quarantined);
        }
        LastBatchAt = at;
        LastError = null;
    }

    public void TrimmedUnwritten(long events)
    {
        EventsTrimmedUnwritten += events;
        TrimmedCounter.Add(events);
    }

    public void Failed(string error, DateTimeOffset at)
    {
        LastError = error;
        LastErrorAt = at;
    }

    public void LagMeasured(long lag) => Lag = lag;

    public void StreamMeasured(long length) => StreamLength = length;
}
