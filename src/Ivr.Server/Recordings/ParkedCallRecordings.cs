using Ivr.Acd;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Redis;
using StackExchange.Redis;

namespace Ivr.Server.Recordings;

/// <summary>
/// Twilio sends a recording's status callback once: a recording whose reference could not be stored because PostgreSQL
/// was away waits in Redis (<c>{cc:NAME}:recordings:parked</c>, a hash by RecordingSid) and is stored by the next pass
/// once PostgreSQL answers, so no recording at Twilio is left without the reference retention deletes it by. Every
/// instance runs the pass; a reference stored twice is kept once.
/// </summary>
public sealed partial class ParkedCallRecordings(IConnectionMultiplexer redis, ContactCenterKeys keys, IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<ParkedCallRecordings> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly RedisParking<CallRecording> parked = new(redis, keys.Key("recordings:parked"));

    public Task ParkAsync(CallRecording recording) => parked.ParkAsync(recording.RecordingSid, recording);

    /// <summary>Stores every parked reference; stops at the first that still fails (PostgreSQL still away), to try again next pass.</summary>
    public Task<int> DeliverAsync(CancellationToken cancellationToken) => parked.DeliverAsync(async recording =>
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CallRecordingStore>().AddAsync(recording, cancellationToken);
    });

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(Interval, clock, () => DeliverAsync(stoppingToken), LogFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parked call recordings could not be stored yet ({Reason}); the next pass tries again")]
    private partial void LogFailed(string reason);
}
