using Ivr.Acd;
using Ivr.Acd.Events;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Drains the call event stream into PostgreSQL as a member of a consumer group. Each batch is acknowledged (XACK) only
/// after its transaction committed; a failed batch stays pending and is retried, so while PostgreSQL is down the backlog
/// waits in Redis. Entries a dead consumer left pending are claimed (XAUTOCLAIM) after <see cref="CallRecordsOptions.ClaimIdleTime"/>.
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
    private static readonly TimeSpan TailReadersMargin = TimeSpan.FromMinutes(1);

    private readonly CallRecordsOptions settings = options.Value;
    private readonly ContactCenterKeys keys = new(options.Value.ContactCenter);
    private readonly string consumer = options.Value.ConsumerName ?? $"{Environment.MachineName}-{Environment.ProcessId}";
    private bool groupReady;

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
                return;
            }
            catch (Exception exception)
            {
                // PostgreSQL or Redis is unreachable, or a batch failed: its entries stay pending and are read again.
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
        catch (RedisServerException exception) when (exception.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            groupReady = false; // the stream was deleted and recreated: make the group again
            return false;
        }
    }

    private async Task<bool> RunBatchAsync(IDatabase db, CancellationToken cancellationToken)
    {
        // Our own pending entries first (a batch that failed, or one read before a restart under the same name),
        // then entries a dead consumer left behind, then new ones.
        var entries = await db.StreamReadGroupAsync(keys.Events, settings.ConsumerGroup, consumer, "0", settings.BatchSize);
        if (entries.Length == 0)
        {
            var claimed = await db.StreamAutoClaimAsync(keys.Events, settings.ConsumerGroup, consumer, (long)settings.ClaimIdleTime.TotalMilliseconds, "0-0", settings.BatchSize);
            entries = claimed.ClaimedEntries;
        }
        if (entries.Length == 0)
        {
            entries = await db.StreamReadGroupAsync(keys.Events, settings.ConsumerGroup, consumer, ">", settings.BatchSize);
        }
        if (entries.Length == 0)
        {
            await MeasureLagAsync(db);
            return false;
        }

        var batch = entries.Select(Read).ToList();
        var written = await WriteAsync(batch, cancellationToken);
        if (hooks is not null)
        {
            await hooks.AtStage(WriterStage.AfterCommitBeforeAck, cancellationToken);
        }
        await db.StreamAcknowledgeAsync(keys.Events, settings.ConsumerGroup, entries.Select(entry => entry.Id).ToArray());
        // One read of the group serves the trim and the lag (trimming keeps every entry not yet delivered).
        var group = await GroupAsync(db);
        await TrimWrittenAsync(db, group);
        status.BatchWritten(written, clock.GetUtcNow());
        RecordLag(group);
        return true;
    }

    private async Task<int> WriteAsync(List<StreamedEvent> batch, CancellationToken cancellationToken)
    {
        try
        {
            return await store.WriteAsync(batch, hooks?.AtStage, cancellationToken);
        }
        catch (PostgresException exception) when (IsBadData(exception) && batch.Count > 1)
        {
            // One malformed event must not stop the stream: write the batch event by event.
            var written = 0;
            foreach (var single in batch)
            {
                written += await WriteOneAsync(single, cancellationToken);
            }
            return written;
        }
    }

    private async Task<int> WriteOneAsync(StreamedEvent single, CancellationToken cancellationToken)
    {
        try
        {
            return await store.WriteAsync([single], hooks?.AtStage, cancellationToken);
        }
        catch (PostgresException exception) when (IsBadData(exception))
        {
            logger.LogError("Call event {StreamId} was refused by PostgreSQL ({SqlState}); it is kept as unreadable.", single.StreamId, exception.SqlState);
            var description = $"{exception.SqlState} {exception.MessageText}: {Describe(single)}".Replace('\0', '?');
            return await store.WriteAsync([new StreamedEvent(single.StreamId, null, description)], hooks?.AtStage, cancellationToken);
        }
    }

    private static string Describe(StreamedEvent streamed) => streamed.Event is { } e
        ? $"{e.EventId} {e.Type} {e.CallSid} {e.At:O} {string.Join(' ', e.Fields.Select(field => $"{field.Key}={field.Value}"))}"
        : streamed.Unreadable ?? "";

    // Data exceptions and constraint violations are about the event, not the database: retrying will not help.
    private static bool IsBadData(PostgresException exception) =>
        exception.SqlState.StartsWith("22", StringComparison.Ordinal) || exception.SqlState.StartsWith("23", StringComparison.Ordinal);

    /// <summary>
    /// Drops the entries the group has written, but for the minute before the last one it was given: the stream then
    /// holds what is still to write (plus what the softphone relays, which tail it, may not have read yet), and callers'
    /// numbers do not stay in Redis in clear once their records are written. Entries still pending stay.
    /// </summary>
    private async Task TrimWrittenAsync(IDatabase db, StreamGroupInfo group)
    {
        if (group.LastDeliveredId is not { } delivered || !StreamId.TryParse(delivered, out var keep))
        {
            return;
        }
        keep = StreamId.Min(keep, new StreamId(Math.Max(0, keep.Milliseconds - (long)TailReadersMargin.TotalMilliseconds), 0));
        if (group.PendingMessageCount > 0 && StreamId.TryParse((await db.StreamPendingAsync(keys.Events, settings.ConsumerGroup)).LowestPendingMessageId, out var pending))
        {
            keep = StreamId.Min(keep, pending);
        }
        await db.StreamTrimByMinIdAsync(keys.Events, keep.ToString());
    }

    public async Task<long> MeasureLagAsync(IDatabaseAsync db) =>
        RecordLag(await db.KeyExistsAsync(keys.Events) ? await GroupAsync(db) : default);

    private async Task<StreamGroupInfo> GroupAsync(IDatabaseAsync db) =>
        (await db.StreamGroupInfoAsync(keys.Events)).FirstOrDefault(info => info.Name == settings.ConsumerGroup);

    private long RecordLag(StreamGroupInfo group)
    {
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

    private static StreamedEvent Read(StreamEntry entry)
    {
        if (entry.IsNull || entry.Values.Length == 0)
        {
            return new StreamedEvent(entry.Id!, null, "(entry trimmed from the stream before it was written)");
        }
        try
        {
            return new StreamedEvent(entry.Id!, CallEventStream.FromEntry(entry), null);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return new StreamedEvent(entry.Id!, null, string.Join(' ', entry.Values.Select(value => $"{value.Name}={value.Value}")));
        }
    }
}
