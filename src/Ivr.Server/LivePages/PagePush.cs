using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Ivr.Server.LivePages;

/// <summary>What a page push sends: the message name, and how to read the picture (in a scope of its own).</summary>
public sealed record PagePushSource<THub>(string Message, Func<IServiceProvider, CancellationToken, Task<object>> Read) where THub : Hub;

/// <summary>
/// Every <see cref="LivePagesOptions.PushInterval"/>, while a page of <typeparamref name="THub"/> is connected here,
/// reads the picture and pushes it to this instance's pages. Each instance serves its own pages, so no SignalR
/// backplane is needed; a page reads the whole picture itself after every (re)connection.
/// </summary>
public sealed class PagePush<THub>(
    PageWatchers<THub> watchers,
    PagePushSource<THub> source,
    IHubContext<THub> hub,
    IServiceScopeFactory scopes,
    IOptions<LivePagesOptions> options,
    TimeProvider clock,
    ILogger<PagePush<THub>> logger) : BackgroundService where THub : Hub
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
                await using var scope = scopes.CreateAsyncScope();
                var picture = await source.Read(scope.ServiceProvider, stoppingToken);
                await hub.Clients.All.SendAsync(source.Message, picture, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Redis or PostgreSQL away for a moment: the pages keep the last picture and the next tick tries again.
                logger.LogWarning(exception, "The {Message} picture could not be read.", source.Message);
            }
        }
    }
}
