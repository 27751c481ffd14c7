using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Wallboard;

/// <summary>
/// Every <see cref="WallboardOptions.PushInterval"/>, while a wallboard page is connected here, reads the wallboard
/// and pushes it to this instance's pages. Each instance serves its own pages, so no SignalR backplane is needed.
/// </summary>
public sealed class WallboardBroadcaster(
    WallboardWatchers watchers,
    WallboardReader reader,
    IHubContext<WallboardHub> hub,
    IOptions<WallboardOptions> options,
    TimeProvider clock,
    ILogger<WallboardBroadcaster> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PushInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!watchers.Any)
            {
                continue;
            }
            try
            {
                var snapshot = await reader.ReadAsync(stoppingToken);
                await hub.Clients.All.SendAsync(WallboardHub.Message, snapshot, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Redis or PostgreSQL away for a moment: the pages keep the last picture and the next tick tries again.
                logger.LogWarning(exception, "The wallboard could not be read.");
            }
        }
    }
}
