using Ivr.Server.Authorization;
using Ivr.Server.LivePages;
using Microsoft.AspNetCore.Authorization;

namespace Ivr.Server.Staffing;

/// <summary>
/// Pushes "counselors" messages (every counselor with presence, as <c>GET /api/staffing/counselors</c>) to the
/// connected staffing pages; the push only reads and sends while at least one page is connected to this instance.
/// </summary>
[Authorize(Roles = $"{Roles.Supervisor},{Roles.Operations}")]
public sealed class StaffingHub(PageWatchers<StaffingHub> watchers) : WatchedHub<StaffingHub>(watchers)
{
    public const string Path = "/hubs/staffing";
    public const string Message = "counselors";
}
