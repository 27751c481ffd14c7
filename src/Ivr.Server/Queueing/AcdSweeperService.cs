using Ivr.Acd.Engine;
using Ivr.Server.Redis;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Queueing;

/// <summary>
/// Expires reservations, timers and callback dials nobody reported (ending their legs) and removes callers whose calls
/// ended silently. Runs on every instance: the
/// sweep is one atomic script, so concurrent sweeps never double-apply.
/// </summary>
public sealed partial class AcdSweeperService(
    AcdEngine engine, IMatchDispatcher dispatcher, IOptions<AcdOptions> options, TimeProvider time, ILogger<AcdSweeperService> logger)
    : BackgroundService
{
    // Redis down: the next tick tries again; readiness reports the outage meanwhile.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.SweepInterval, time, async () =>
        {
            var result = await engine.SweepAsync();
            // Before the matches: a counselor the sweep freed from an expired dial may be rung for the next caller.
            foreach (var dial in result.ExpiredDials)
            {
                await dispatcher.DialExpiredAsync(dial, stoppingToken);
            }
            await dispatcher.DispatchAsync(result.Matches, stoppingToken);
        }, LogSweepFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ACD sweep failed: {Reason}")]
    private partial void LogSweepFailed(string reason);
}
