using Ivr.Acd.Engine;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Staffing;

/// <summary>
/// Writes every counselor's profile from PostgreSQL into the live ACD once the server starts, so a Redis that lost its
/// data (or a fresh one) knows every counselor again. Retries while either store is down. Upserts keep presence, so
/// running it on every instance is harmless.
/// </summary>
public sealed partial class CounselorProfileSync(
    IServiceScopeFactory scopes, AcdEngine engine, TimeProvider time, ILogger<CounselorProfileSync> logger) : BackgroundService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SyncAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSyncFailed(exception.Message);
            }
            try
            {
                await Task.Delay(RetryInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
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
