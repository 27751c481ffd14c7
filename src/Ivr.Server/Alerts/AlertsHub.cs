using Ivr.Server.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Ivr.Server.Alerts;

/// <summary>Pushes "alert" messages (<see cref="AlertEvent"/>: raised, cleared, acknowledged) to every console page.</summary>
[Authorize(Roles = $"{Roles.Supervisor},{Roles.Operations}")]
public sealed class AlertsHub : Hub
{
    public const string Path = "/hubs/alerts";
    public const string Message = "alert";
}
