using Microsoft.Extensions.Options;

namespace Ivr.Server.Accounts;

/// <summary>
/// Every <see cref="SessionOptions.RevalidationInterval"/>, closes this instance's hub connections whose sign-in was
/// disabled, revoked or given another role on any instance. Never stops on a fault: the next pass tries again.
/// </summary>
public sealed partial class HubSessionSweep(HubConnections connections, SessionValidator sessions, IOptions<SessionOptions> options, TimeProvider time,
    ILogger<HubSessionSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RevalidationInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var context in connections.All)
            {
                try
                {
                    if (context.User is { } user && !await sessions.IsCurrentAsync(user))
                    {
                        context.Abort();
                    }
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    Failed(logger, exception.GetType().Name);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hub session check failed ({Exception}); tried again next pass.")]
    private static partial void Failed(ILogger logger, string exception);
}
