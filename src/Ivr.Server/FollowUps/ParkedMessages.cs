using Ivr.Acd;
using Ivr.Server.Redis;
using StackExchange.Redis;

namespace Ivr.Server.FollowUps;

/// <summary>
/// Twilio sends a recording's status callback once: a message whose task could not be stored because PostgreSQL was
/// away waits in Redis (<c>{cc:NAME}:followups:parked</c>, a hash by RecordingSid) and is stored by the next pass once
/// PostgreSQL answers, with the time it came, so no message and no recording to delete is lost track of. Every
/// instance runs the pass; a message stored twice is one task (by RecordingSid).
/// </summary>
public sealed partial class ParkedMessages(IConnectionMultiplexer redis, ContactCenterKeys keys, IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<ParkedMessages> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly RedisParking<MessageRecording> parked = new(redis, keys.Key("followups:parked"));

    public Task ParkAsync(MessageRecording message) => parked.ParkAsync(message.Status.RecordingSid, message);

    /// <summary>Stores every parked message; stops at the first that still fails (PostgreSQL still away), to try again next pass.</summary>
    public Task<int> DeliverAsync(CancellationToken cancellationToken) => parked.DeliverAsync(async message =>
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MessageIntake>().DeliverAsync(message, cancellationToken);
    });

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(Interval, clock, () => DeliverAsync(stoppingToken), LogFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parked messages could not be stored yet ({Reason}); the next pass tries again")]
    private partial void LogFailed(string reason);
}
