using System.Threading.Channels;
using Ivr.Acd.Engine;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace Ivr.Server.Staffing;

/// <summary>
/// Writes every counselor's profile from PostgreSQL into the live ACD once the server starts, and again whenever the
/// connection to Redis is restored, so a Redis that lost its data (a restart without its append-only file, a failover
/// to a replica that lagged) knows every counselor again. Retries while either store is down. Upserts keep presence,
/// so running it on every instance is harmless.
/// </summary>
public sealed partial class CounselorProfileSync(
    IServiceScopeFactory scopes, AcdEngine engine, IConnectionMultiplexer redis, TimeProvider time, ILogger<CounselorProfileSync> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(15);

    private readonly Channel<bool> restored = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        try
        {
            do
            {
                await SyncUntilDoneAsync(stoppingToken);
            }
            while (await restored.Reader.WaitToReadAsync(stoppingToken) && restored.Reader.TryRead(out _));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            redis.ConnectionRestored -= OnConnectionRestored;
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs args) => restored.Writer.TryWrite(true);

    private async Task SyncUntilDoneAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await SyncAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogSyncFailed($"{exception.GetType().Name}: {exception.Message}");
            }
            await Task.Delay(RetryInterval, time, stoppingToken);
        }
    }

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var counselors = await scope.ServiceProvider.GetRequiredService<StaffingDbContext>().Counselors
            .AsNoTracking().ToListAsync(cancellationToken);
        foreach (var counselor in counselors)
        {
            await engine.UpsertCounselorAsync(StaffingService.ToProfile(counselor));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write counselor profiles to the ACD yet: {Reason}")]
    private partial void LogSyncFailed(string reason);
}
