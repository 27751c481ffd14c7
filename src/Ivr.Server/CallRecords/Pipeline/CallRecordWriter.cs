using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Model;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Drains the call event stream into PostgreSQL as a member of a consumer group. Each batch is acknowledged (XACK) only
/// after its transaction committed; a batch that fails on the connection stays pending and is retried, so while
/// PostgreSQL is down the backlog waits in Redis. A batch that fails on its data is split until the events PostgreSQL
/// refuses are alone; those are quarantined, never retried. Entries a dead consumer left pending are claimed (XAUTOCLAIM)
/// after <see cref="CallRecordsOptions.ClaimIdleTime"/>.
/// </summary>
public sealed class CallRecordWriter(
    IConnectionMultiplexer redis,
    CallEventBatchStore store,
    IOptions<CallRecordsOptions> options,
    WriterStatus status,
    TimeProvider clock,
    ILogger<CallRecordWriter> logger,
    WriterHooks? hooks = null) : BackgroundService
{
    private readonly CallRecordsOptions settings = options.Value;
    private readonly ContactCenterKeys keys = new(options.Value.ContactCenter);
    private readonly NewEntriesReader newEntries = new(new OutboxStream(new ContactCenterKeys(options.Value.ContactCenter), options.Value.ConsumerGroup,
        options.Value.ConsumerName ?? $"{Environment.MachineName}-{Environment.ProcessId}"), store.Prepare);
    private bool groupReady;
    private bool backlog;
    private bool mayHavePending = true;
    private DateTimeOffset nextClaimAt = DateTimeOffset.MinValue;

    // While a backlog drains, a batch's XACK and trim run during the next batch's transaction.
    private Task<Acknowledged>? acknowledging;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wrote = await RunOnceAsync(stoppingToken);
                if (!wrote)
                {
                    await Task.Delay(settings.PollInterval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await FinishAcknowledgingQuietlyAsync();
                return;
            }
            catch (Exception exception)
            {
                // PostgreSQL or Redis is unreachable: the batch's entries stay pending and are read again.
                status.Failed($"{exception.GetType().Name}: {exception.Message}", clock.GetUtcNow());
                logger.LogWarning(exception, "Writing call records failed; retrying in {Delay}.", settings.RetryDelay);
                await Task.Delay(settings.RetryDelay, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <returns>Whether a batch was processed.</returns>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        if (!await EnsureGroupAsync(db))
        {
            return false;
        }
        try
        {
            return await RunBatchAsync(db, cancellationToken);
        }
        catch (RedisServerException exception) when (exception.Message.Contains("NOGROUP", StringComparison.Ordinal))
        {
            groupReady = false; // the stream was deleted and recreated: make the group again
            await DiscardPrefetchedAsync();
            await FinishAcknowledgingQuietlyAsync();
            return false;
        }
    }

    private async Task<bool> RunBatchAsync(IDatabase db, CancellationToken cancellationToken)
    {
        // Our own pending entries first (only after a failure or at start: a successful batch leaves none), then
        // entries a dead consumer left behind (looked for every half claim time), then new ones.
        var wasBacklog = backlog;
        if (acknowledging is not null && (mayHavePending || clock.GetUtcNow() >= nextClaimAt))
        {
            // Our own pending entries are read, or idle ones claimed, only once the previous batch is acknowledged.
            await FinishAcknowledgingAsync();
        }
        var size = backlog ? settings.BacklogBatchSize : settings.BatchSize;
        var entries = mayHavePending ? await newEntries.Outbox.ReadPendingAsync(db, size) : [];
        var fromPending = entries.Length > 0;
        if (entries.Length == 0 && clock.GetUtcNow() >= nextClaimAt)
        {
            (entries, var trimmedClaimed) = await newEntries.Outbox.ClaimAsync(db, size, settings.ClaimIdleTime);
            TrimmedUnwritten(trimmedClaimed);
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
            await FinishAcknowledgingAsync();
            await MeasureLagAsync(db);
            return false;
        }

        mayHavePending = true; // until acknowledged
        if (fromNew && backlog && wasBacklog)
        {
            // Draining a backlog: the next batch is read from Redis and parsed while this one's transaction runs.
            newEntries.Prefetch(db, settings.BacklogBatchSize);
        }
        (int Written, int Quarantined) result;
        try
        {
            result = await WriteAsync(batch, cancellationToken);
            if (hooks is not null)
            {
                await hooks.AtStage(WriterStage.AfterCommitBeforeAck, cancellationToken);
            }
            await FinishAcknowledgingAsync();
            acknowledging = newEntries.Outbox.AckAndTrimAsync(db, batch);
            if (!newEntries.HasPrefetched)
            {
                await FinishAcknowledgingAsync();
            }
        }
        catch
        {
            // The prefetched entries are pending for this consumer: the next round reads them again with our own pending ones.
            await DiscardPrefetchedAsync();
            await FinishAcknowledgingQuietlyAsync();
            throw;
        }
        mayHavePending = fromPending && entries.Length == size; // a full batch of our own pending entries may have more behind it
        status.BatchWritten(result.Written, result.Quarantined, clock.GetUtcNow());
        return true;
    }

    /// <summary>Waits for the previous batch's XACK and trim, if still running, and records what it measured.</summary>
    private async Task FinishAcknowledgingAsync()
    {
        if (acknowledging is not { } running)
        {
            return;
        }
        acknowledging = null;
        Acknowledged acknowledged;
        try
        {
            acknowledged = await running;
        }
        catch
        {
            mayHavePending = true; // its entries, already written, stay pending and are read again (a replay changes nothing)
            throw;
        }
        TrimmedUnwritten(acknowledged.TrimmedUnwritten);
        status.LagMeasured(acknowledged.Lag);
        status.StreamMeasured(acknowledged.Length);
    }

    private async Task FinishAcknowledgingQuietlyAsync()
    {
        try
        {
            await FinishAcknowledgingAsync();
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "Acknowledging the previous batch of call events failed too; its entries are read again as pending.");
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
        TrimmedUnwritten(read.TrimmedUnread);
        status.StreamMeasured(read.Length);
        return read.Batch;
    }

    private async Task DiscardPrefetchedAsync()
    {
        try
        {
            TrimmedUnwritten(await newEntries.DiscardAsync());
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "Reading the next batch of call events failed too; its entries, if delivered, are read again as pending.");
        }
    }

    /// <returns>How many events were new, and how many were quarantined.</returns>
    private async Task<(int Written, int Quarantined)> WriteAsync(List<StreamedEvent> batch, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.WriteAsync(batch, hooks?.AtStage, cancellationToken), batch.Count(e => e.Event is null));
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

    private void TrimmedUnwritten(long count)
    {
        if (count > 0)
        {
            status.TrimmedUnwritten(count);
            logger.LogError("{Count} call events were trimmed from the stream {Stream} before they were written: their records are incomplete.", count, keys.Events);
        }
    }

    public async Task<long> MeasureLagAsync(IDatabaseAsync db)
    {
        var group = await db.KeyExistsAsync(keys.Events)
            ? (await db.StreamGroupInfoAsync(keys.Events)).FirstOrDefault(info => info.Name == settings.ConsumerGroup)
            : default;
        var lag = group.Name is null ? 0 : (group.Lag ?? 0) + group.PendingMessageCount;
        status.LagMeasured(lag);
        return lag;
    }

    // The group is made once the stream exists (from its first entry), so an idle instance creates no keys.
    private async Task<bool> EnsureGroupAsync(IDatabase db)
    {
        if (groupReady)
        {
            return true;
        }
        if (!await db.KeyExistsAsync(keys.Events))
        {
            status.LagMeasured(0);
            return false;
        }
        try
        {
            await db.StreamCreateConsumerGroupAsync(keys.Events, settings.ConsumerGroup, StreamPosition.Beginning, createStream: false);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
        }
        groupReady = true;
        return true;
    }
}
