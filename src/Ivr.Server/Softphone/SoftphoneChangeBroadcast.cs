using Ivr.Acd;
using Ivr.Server.CallControl;
using Ivr.Server.FollowUps;
using Ivr.Server.Redis;
using StackExchange.Redis;

namespace Ivr.Server.Softphone;

/// <summary>
/// Call control's <see cref="ICallStateObserver"/>: an in-call change (mute, hold, consult, three-way, answer) made on
/// this instance is announced on Redis pub/sub, and every instance (this one too) pushes the counselor's state to the
/// pages connected to it. A page is connected to one instance, the counselor's request may reach any other; without
/// the announcement a page elsewhere saw the change only at the next event naming the counselor. Pub/sub is not
/// durable: a push missed while Redis is away is repaired by the page's re-read when it reconnects. A language's
/// follow-up tasks changing (<see cref="IFollowUpObserver"/>) goes the same way, as <c>followups:{language}</c> (a
/// counselor id holds no colon), and reaches every softphone page.
/// </summary>
public sealed class SoftphoneChangeBroadcast(IConnectionMultiplexer redis, ContactCenterKeys keys, SoftphonePusher pusher, TimeProvider time,
    ILogger<SoftphoneChangeBroadcast> logger) : ICallStateObserver, IFollowUpObserver, IHostedService
{
    private const string FollowUpsPrefix = "followups:";

    private readonly CancellationTokenSource stopping = new();

    private RedisChannel Channel => RedisChannel.Literal(keys.Prefix + "softphone-changed");

    public Task CallChangedAsync(string counselorId, CancellationToken cancellationToken) => AnnounceAsync(counselorId, cancellationToken);

    public Task FollowUpsChangedAsync(string language, CancellationToken cancellationToken) => AnnounceAsync(FollowUpsPrefix + language, cancellationToken);

    private async Task AnnounceAsync(string change, CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, change);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Could not announce the softphone change {Change}; pushing to this instance's pages only", change);
            await PushAsync(change, cancellationToken);
        }
    }

    private Task PushAsync(string change, CancellationToken cancellationToken) =>
        change.StartsWith(FollowUpsPrefix, StringComparison.Ordinal)
            ? pusher.FollowUpsChangedAsync(change[FollowUpsPrefix.Length..], cancellationToken)
            : pusher.CallChangedAsync(change, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = RedisSubscription.KeepAsync(redis, Channel, change => _ = PushAsync(change.ToString(), CancellationToken.None), time, logger, stopping.Token);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => stopping.CancelAsync();
}
