using Ivr.Acd;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Drains the call event stream into PostgreSQL as a member of a consumer group. Each batch is acknowledged (XACK) only
/// after its transaction committed; a batch that fails on the connection stays pending and is retried, so while
/// PostgreSQL is down the backlog waits in Redis. A batch that fails on its data is split until the events PostgreSQL
/// refuses are alone; those are quarantined, never retried (<see cref="QuarantiningWriter"/>). Which entries come next,
/// including those a dead consumer left pending, is <see cref="BatchSource"/>'s choice.
/// </summary>
public sealed class CallRecordWriter : BackgroundService
{
    private readonly IConnectionMultiplexer redis;
    private readonly CallRecordsOptions settings;
    private readonly WriterStatus status;
    private readonly TimeProvider clock;
    private readonly ILogger<CallRecordWriter> logger;
    private readonly WriterHooks? hooks;
    private readonly ConsumerGroup group;
    private readonly BatchSource source;
    private readonly QuarantiningWriter writes;
    private readonly DeferredAcknowledgement acknowledgement;

    public CallRecordWriter(IConnectionMultiplexer redis, CallEventBatchStore store, IOptions<CallRecordsOptions> options, WriterStatus status, TimeProvider clock,
        ILogger<CallRecordWriter> logger, WriterHooks? hooks = null)
    {
        (this.redis, settings, this.status, this.clock, this.logger, this.hooks) = (redis, options.Value, status, clock, logger, hooks);
        var keys = new ContactCenterKeys(settings.ContactCenter);
        var outbox = new OutboxStream(keys, settings.ConsumerGroup, settings.ConsumerName ?? $"{Environment.MachineName}-{Environment.ProcessId}");
        var trimmed = new TrimmedUnwrittenLog(status, logger, keys.Events);
        group = new ConsumerGroup(keys.Events, settings.ConsumerGroup, status);
        source = new BatchSource(new NewEntriesReader(outbox, store.Prepare), settings, clock, status, trimmed, logger);
        writes = new QuarantiningWriter(store, logger, hooks?.AtStage);
        acknowledgement = new DeferredAcknowledgement(outbox, status, trimmed);
    }

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
        if (!await group.EnsureAsync(db))
        {
            return false;
        }
        try
        {
            return await RunBatchAsync(db, cancellationToken);
        }
        catch (RedisServerException exception) when (exception.Message.Contains("NOGROUP", StringComparison.Ordinal))
        {
            group.Reset(); // the stream was deleted and recreated: make the group again
            await source.DiscardReadAheadAsync();
            await FinishAcknowledgingQuietlyAsync();
            return false;
        }
    }

    public Task<long> MeasureLagAsync(IDatabaseAsync db) => group.MeasureLagAsync(db);

    private async Task<bool> RunBatchAsync(IDatabase db, CancellationToken cancellationToken)
    {
        if (acknowledgement.Running && source.ReadsDelivered)
        {
            try
            {
                await FinishAcknowledgingAsync(); // else the previous batch would be read again as pending, or claimed
            }
            catch
            {
                await source.DiscardReadAheadAsync(); // its entries are read again with the pending ones
                throw;
            }
        }
        var batch = await source.NextAsync(db);
        if (batch.Count == 0)
        {
            await FinishAcknowledgingAsync();
            await MeasureLagAsync(db);
            return false;
        }
        (int Written, int Quarantined) result;
        try
        {
            result = await writes.WriteAsync(batch, cancellationToken);
            if (hooks is not null)
            {
                await hooks.AtStage(WriterStage.AfterCommitBeforeAck, cancellationToken);
            }
            await FinishAcknowledgingAsync();
            acknowledgement.Start(db, batch);
            if (!source.ReadingAhead)
            {
                await FinishAcknowledgingAsync(); // a backlog drains: this batch's XACK and trim run during the next one's transaction
            }
        }
        catch
        {
            await source.DiscardReadAheadAsync();
            await FinishAcknowledgingQuietlyAsync();
            throw;
        }
        source.Written();
        status.BatchWritten(result.Written, result.Quarantined, clock.GetUtcNow());
        return true;
    }

    private async Task FinishAcknowledgingAsync()
    {
        try
        {
            await acknowledgement.FinishAsync();
        }
        catch
        {
            source.MayHavePending();
            throw;
        }
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
}
