using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Chooses the writer's next batch: its own pending entries first (only after a failure or at start: a written batch
/// leaves none), then entries a dead consumer left pending longer than <see cref="CallRecordsOptions.ClaimIdleTime"/>
/// (XAUTOCLAIM, looked for every half claim time), then new ones. While a backlog drains (the last two reads were
/// full), the next batch of new entries is read ahead during the current batch's transaction.
/// </summary>
public sealed class BatchSource(NewEntriesReader newEntries, CallRecordsOptions settings, TimeProvider clock, WriterStatus status, TrimmedUnwrittenLog trimmed, ILogger logger)
{
    private bool backlog;
    private bool mayHavePending = true;
    private bool morePendingBehind;
    private DateTimeOffset nextClaimAt = DateTimeOffset.MinValue;

    /// <summary>Whether the next batch may come from entries already delivered (own pending or claimed ones).</summary>
    public bool ReadsDelivered => mayHavePending || clock.GetUtcNow() >= nextClaimAt;

    /// <summary>Whether the batch after the current one is being read ahead.</summary>
    public bool ReadingAhead => newEntries.HasPrefetched;

    /// <returns>The next batch, empty when there is nothing to write.</returns>
    public async Task<List<StreamedEvent>> NextAsync(IDatabase db)
    {
        var wasBacklog = backlog;
        var size = backlog ? settings.BacklogBatchSize : settings.BatchSize;
        var entries = mayHavePending ? await newEntries.Outbox.ReadPendingAsync(db, size) : [];
        var fromPending = entries.Length > 0;
        if (entries.Length == 0 && clock.GetUtcNow() >= nextClaimAt)
        {
            (entries, var trimmedClaimed) = await newEntries.Outbox.ClaimAsync(db, size, settings.ClaimIdleTime);
            trimmed.Report(trimmedClaimed);
            nextClaimAt = entries.Length > 0 ? DateTimeOffset.MinValue : clock.GetUtcNow() + settings.ClaimIdleTime / 2;
        }
        var batch = entries.Select(StreamEntryReader.Read).ToList();
        var fromNew = entries.Length == 0;
        if (fromNew)
        {
            batch = await TakeNewAsync(db, size);
        }
        backlog = batch.Count == size;
        if (batch.Count == 0)
        {
            return batch;
        }
        mayHavePending = true; // until acknowledged
        morePendingBehind = fromPending && entries.Length == size;
        if (fromNew && backlog && wasBacklog)
        {
            newEntries.Prefetch(db, settings.BacklogBatchSize);
        }
        return batch;
    }

    /// <summary>The batch is written and its acknowledgement sent.</summary>
    public void Written() => mayHavePending = morePendingBehind; // a full batch of our own pending entries may have more behind it

    /// <summary>An acknowledgement failed: its entries, already written, stay pending and are read again (a replay changes nothing).</summary>
    public void MayHavePending() => mayHavePending = true;

    /// <summary>Forgets the batch read ahead: its entries are pending for this consumer and are read again with its own pending ones.</summary>
    public async Task DiscardReadAheadAsync()
    {
        try
        {
            trimmed.Report(await newEntries.DiscardAsync());
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "Reading the next batch of call events failed too; its entries, if delivered, are read again as pending.");
        }
    }

    private async Task<List<StreamedEvent>> TakeNewAsync(IDatabase db, int size)
    {
        NewEntries read;
        try
        {
            read = await newEntries.TakeAsync(db, size);
        }
        catch
        {
            mayHavePending = true; // the read may have been delivered before its reply was lost
            throw;
        }
        trimmed.Report(read.TrimmedUnread);
        status.StreamMeasured(read.Length);
        return read.Batch;
    }
}
