using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// A written batch's XACK and trim (<see cref="OutboxStream.AckAndTrimAsync"/>), started after its commit. While a
/// backlog drains, the writer lets it run during the next batch's transaction and finishes it afterwards; it is always
/// finished before the writer reads entries already delivered (its own pending ones, or claimed ones), which would
/// otherwise include the batch itself.
/// </summary>
public sealed class DeferredAcknowledgement(OutboxStream outbox, WriterStatus status, TrimmedUnwrittenLog trimmed)
{
    private Task<Acknowledged>? running;

    public bool Running => running is not null;

    public void Start(IDatabaseAsync db, IReadOnlyList<StreamedEvent> batch) =>
        running = running is null ? outbox.AckAndTrimAsync(db, batch) : throw new InvalidOperationException("The previous batch's acknowledgement is not finished.");

    /// <summary>Waits for the running acknowledgement, if any, and records what it measured; throws if it failed.</summary>
    public async Task FinishAsync()
    {
        if (running is not { } acknowledging)
        {
            return;
        }
        running = null;
        var acknowledged = await acknowledging;
        trimmed.Report(acknowledged.TrimmedUnwritten);
        status.LagMeasured(acknowledged.Lag);
        status.StreamMeasured(acknowledged.Length);
    }
}
