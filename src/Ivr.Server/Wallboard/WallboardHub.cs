using Ivr.Server.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Ivr.Server.Wallboard;

/// <summary>
/// Pushes "wallboard" messages (<see cref="WallboardSnapshot"/>) to every connected console page; the broadcaster
/// only reads and sends while at least one page is connected to this instance.
/// </summary>
[Authorize(Roles = $"{Roles.Supervisor},{Roles.Operations}")]
public sealed class WallboardHub(WallboardWatchers watchers) : Hub
{
    public const string Path = "/hubs/wallboard";
    public const string Message = "wallboard";

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
