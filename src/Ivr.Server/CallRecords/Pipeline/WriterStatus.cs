using System.Diagnostics.Metrics;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>What the writer last saw, for /health/ready and the <c>ivr.call_records.lag</c> metric.</summary>
public sealed class WriterStatus
{
    public const string MeterName = "Ivr.CallRecords";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Written = Meter.CreateCounter<long>("ivr.call_records.events_written", "events");
    private static WriterStatus? latest;

    static WriterStatus() => Meter.CreateObservableGauge("ivr.call_records.lag", () => latest?.Lag ?? 0, "events",
        "Events in the stream not yet written to PostgreSQL (undelivered plus pending).");

    public WriterStatus() => latest = this;

    public long Lag { get; private set; }
    public long EventsWritten { get; private set; }
    public DateTimeOffset? LastBatchAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? LastErrorAt { get; private set; }

    public void BatchWritten(int events, DateTimeOffset at)
    {
        EventsWritten += events;
        Written.Add(events);
        LastBatchAt = at;
        LastError = null;
    }

    public void Failed(string error, DateTimeOffset at)
    {
        LastError = error;
        LastErrorAt = at;
    }

    public void LagMeasured(long lag) => Lag = lag;
}
