using Ivr.Acd;
using Ivr.Server.CallControl;
using StackExchange.Redis;

namespace Ivr.Server.Softphone;

/// <summary>
/// Call control's <see cref="ICallStateObserver"/>: an in-call change (mute, hold, consult, three-way, answer) made on
/// this instance is announced on Redis pub/sub, and every instance (this one too) pushes the counselor's state to the
/// pages connected to it. A page is connected to one instance, the counselor's request may reach any other; without
/// the announcement a page elsewhere saw the change only at the next event naming the counselor. Pub/sub is not
/// durable: a push missed while Redis is away is repaired by the page's re-read when it reconnects.
/// </summary>
public sealed class SoftphoneChangeBroadcast(IConnectionMultiplexer redis, ContactCenterKeys keys, SoftphonePusher pusher, TimeProvider time,
    ILogger<SoftphoneChangeBroadcast> logger) : ICallStateObserver, IHostedService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource stopping = new();

    private RedisChannel Channel => RedisChannel.Literal(keys.Prefix + "softphone-changed");

    public async Task CallChangedAsync(string counselorId, CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, counselorId);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Could not announce the softphone change of counselor {Counselor}; pushing to this instance's pages only", counselorId);
            await pusher.CallChangedAsync(counselorId, cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = SubscribeAsync(stopping.Token);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => stopping.CancelAsync();

    // The server starts while Redis is down: keep trying; once subscribed, the multiplexer resubscribes after reconnects.
    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(Channel, (channel, counselorId) => _ = pusher.CallChangedAsync(counselorId.ToString(), CancellationToken.None));
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Subscribing to softphone changes failed; retrying");
                await Task.Delay(RetryInterval, time, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
