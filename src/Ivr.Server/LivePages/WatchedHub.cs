using Microsoft.AspNetCore.SignalR;

namespace Ivr.Server.LivePages;

/// <summary>A console page's hub, whose connections are counted in <see cref="PageWatchers{THub}"/>.</summary>
public abstract class WatchedHub<THub>(PageWatchers<THub> watchers) : Hub where THub : WatchedHub<THub>
{
    public override Task OnConnectedAsync()
    {
        watchers.Add(Context.ConnectionId);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        watchers.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
