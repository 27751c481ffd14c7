using Ivr.Acd;
using Ivr.Server.Redis;
using StackExchange.Redis;

namespace Ivr.Server.FollowUps;

/// <summary>
/// Twilio sends a recording's status callback once: a message whose task could not be stored because PostgreSQL was
/// away waits in Redis (<c>{cc:NAME}:followups:parked</c>, a hash by RecordingSid) and is stored by the next pass once
/// PostgreSQL answers, with the time it came, so no message and no recording to delete is lost track of. Every
/// instance runs the pass; a message stored twice is one task (by RecordingSid). A failed callback's task waits the
/// same way (<c>followups:parked-callbacks</c>, by callback id; one task per callback).
/// </summary>
public sealed partial class ParkedMessages(IConnectionMultiplexer redis, ContactCenterKeys keys, IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<ParkedMessages> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly RedisParking<MessageRecording> parked = new(redis, keys.Key("followups:parked"));

    private readonly RedisParking<CallbackFailure> callbacks = new(redis, keys.Key("followups:parked-callbacks"));

    public Task ParkAsync(MessageRecording message) => parked.ParkAsync(message.Status.RecordingSid, message);

    public Task ParkAsync(CallbackFailure failure) => callbacks.ParkAsync(failure.CallbackId, failure);

    /// <summary>Stores every parked message and callback task; stops at the first that still fails (PostgreSQL still away), to try again next pass.</summary>
    public async Task<int> DeliverAsync(CancellationToken cancellationToken) =>
        await parked.DeliverAsync(message => WithScopeAsync<MessageIntake>(intake => intake.DeliverAsync(message, cancellationToken))) +
        await callbacks.DeliverAsync(failure => WithScopeAsync<CallbackTasks>(tasks => tasks.DeliverAsync(failure, cancellationToken)));

    private async Task WithScopeAsync<TService>(Func<TService, Task> store)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        await store(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(Interval, clock, () => DeliverAsync(stoppingToken), LogFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parked messages could not be stored yet ({Reason}); the next pass tries again")]
    private partial void LogFailed(string reason);
}
