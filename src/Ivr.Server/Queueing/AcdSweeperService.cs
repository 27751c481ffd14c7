using Ivr.Acd.Engine;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Queueing;

/// <summary>
/// Expires reservations and timers and removes callers whose calls ended silently. Runs on every instance: the
/// sweep is one atomic script, so concurrent sweeps never double-apply.
/// </summary>
public sealed partial class AcdSweeperService(
    AcdEngine engine, IMatchDispatcher dispatcher, IOptions<AcdOptions> options, TimeProvider time, ILogger<AcdSweeperService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await TickAsync(timer, stoppingToken))
        {
            try
            {
                var result = await engine.SweepAsync();
                await dispatcher.DispatchAsync(result.Matches, stoppingToken);
            }
            catch (RedisException exception)
            {
                // Redis is down: the next tick tries again; readiness reports the outage meanwhile.
                LogSweepFailed(exception.Message);
            }
        }
    }

    private static async Task<bool> TickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ACD sweep failed: {Reason}")]
    private partial void LogSweepFailed(string reason);
}
