using Ivr.Acd;
using Ivr.Acd.Events;
using StackExchange.Redis;

namespace Ivr.Server.Softphone;

/// <summary>
/// Tails the contact center's events stream and pushes the state of every counselor an event names (reservation,
/// answer, end, wrap-up, presence) to their pages. Each server instance tails the stream itself and pushes to the
/// pages connected to it, so several instances need no SignalR backplane. It starts at the stream's end: a page
/// that connects reads the current state from <c>/api/counselor/state</c> first.
/// </summary>
public sealed class SoftphoneEventRelay(IConnectionMultiplexer redis, ContactCenterKeys keys, SoftphonePusher pusher, TimeProvider time,
    ILogger<SoftphoneEventRelay> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        RedisValue? position = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var database = redis.GetDatabase();
                position ??= await EndOfStreamAsync(database);
                var entries = await database.StreamReadAsync(keys.Events, position.Value, count: 500);
                if (entries.Length == 0)
                {
                    await Task.Delay(PollInterval, time, stoppingToken);
                    continue;
                }
                position = entries[^1].Id;
                var counselors = entries.Select(CallEventStream.FromEntry)
                    .Select(callEvent => callEvent.Fields.GetValueOrDefault("counselor"))
                    .OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal);
                foreach (var counselor in counselors)
                {
                    await pusher.CallChangedAsync(counselor, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Redis down or timing out: the pages keep their last state and re-read it when they reconnect.
                logger.LogWarning(exception, "Softphone relay cannot read the events stream; retrying");
                await Task.Delay(RetryInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<RedisValue> EndOfStreamAsync(IDatabaseAsync database)
    {
        var last = await database.StreamRangeAsync(keys.Events, "-", "+", count: 1, messageOrder: Order.Descending);
        return last.Length == 0 ? "0-0" : last[0].Id;
    }
}
