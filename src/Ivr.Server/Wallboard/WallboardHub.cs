using Ivr.Server.Authorization;
using Ivr.Server.LivePages;
using Microsoft.AspNetCore.Authorization;

namespace Ivr.Server.Wallboard;

/// <summary>
/// Pushes "wallboard" messages (<see cref="WallboardSnapshot"/>) to every connected console page; the push only reads
/// and sends while at least one page is connected to this instance.
/// </summary>
[Authorize(Roles = $"{Roles.Supervisor},{Roles.Operations}")]
public sealed class WallboardHub(PageWatchers<WallboardHub> watchers) : WatchedHub<WallboardHub>(watchers)
{
    public const string Path = "/hubs/wallboard";
    public const string Message = "wallboard";
}
