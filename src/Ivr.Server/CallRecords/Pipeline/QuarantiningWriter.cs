using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Writes a batch through <see cref="CallEventBatchStore"/>. A batch that fails on its data (not on the connection,
/// <see cref="WriteFailures"/>) is halved until the events PostgreSQL refuses are alone; those are quarantined, never retried.
/// </summary>
public sealed class QuarantiningWriter(CallEventBatchStore store, ILogger logger, Func<WriterStage, CancellationToken, Task>? atStage)
{
    /// <returns>How many events were new, and how many were quarantined.</returns>
    public async Task<(int Written, int Quarantined)> WriteAsync(List<StreamedEvent> batch, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.WriteAsync(batch, atStage, cancellationToken), batch.Count(e => e.Event is null));
        }
        catch (Exception exception) when (!WriteFailures.IsTransient(exception))
        {
            if (batch.Count == 1)
            {
                await QuarantineAsync(batch[0], exception, cancellationToken);
                return (0, 1);
            }
            // Halve until the refused events are alone: a few bad events cost a few dozen transactions, not one per event.
            var first = await WriteAsync(batch[..(batch.Count / 2)], cancellationToken);
            var second = await WriteAsync(batch[(batch.Count / 2)..], cancellationToken);
            return (first.Written + second.Written, first.Quarantined + second.Quarantined);
        }
    }

    private async Task QuarantineAsync(StreamedEvent refused, Exception exception, CancellationToken cancellationToken)
    {
        var error = WriteFailures.Describe(exception);
        logger.LogError("Call event {StreamId} was refused ({Error}); it is quarantined in records.quarantined_events and not retried.", refused.StreamId, error);
        var row = store.Quarantine.Row(refused, QuarantineReasons.Refused, error);
        try
        {
            await store.QuarantineAsync(row, cancellationToken);
        }
        catch (Exception again) when (!WriteFailures.IsTransient(again))
        {
            // Even its cleaned content is refused: keep its stream id and why, so the event is still accounted for.
            row.Content = "{}";
            row.Error += "; its content was refused too: " + WriteFailures.Describe(again);
            await store.QuarantineAsync(row, cancellationToken);
        }
    }
}
