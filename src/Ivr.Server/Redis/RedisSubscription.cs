using StackExchange.Redis;

namespace Ivr.Server.Redis;

/// <summary>
/// Subscribes to a pub/sub channel for the life of the process. The server starts while Redis is down: the subscription
/// is tried again every few seconds until it holds; once it does, the multiplexer resubscribes after reconnects.
/// </summary>
public static class RedisSubscription
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    public static async Task KeepAsync(IConnectionMultiplexer redis, RedisChannel channel, Action<RedisValue> received, TimeProvider time, ILogger logger,
        CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(channel, (_, message) => received(message));
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Subscribing to {Channel} failed; retrying", channel.ToString());
                await Task.Delay(RetryInterval, time, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
