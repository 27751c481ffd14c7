using Ivr.Server.Authorization;
using Ivr.Server.Staffing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Ivr.Server.Softphone;

/// <summary>
/// Pushes "state" messages (<see cref="SoftphoneState"/>) to the pages watching a counselor, and "followups" messages
/// (a language whose follow-up tasks changed) to every page. A counselor's connection
/// joins their own group; supervisors and operations staff watch any counselor, read-only (the hub takes no actions).
/// </summary>
[Authorize(Roles = $"{Roles.Counselor},{Roles.Supervisor},{Roles.Operations}")]
public sealed class SoftphoneHub(CounselorLink links, SoftphoneWatchers watchers) : Hub
{
    public const string Path = "/hubs/softphone";
    public const string StateMessage = "state";

    /// <summary>A language's follow-up tasks changed: <c>{ language }</c>.</summary>
    public const string FollowUpsMessage = "followups";

    public static string Group(string counselorId) => "counselor:" + counselorId;

    public override async Task OnConnectedAsync()
    {
        if (Context.User is { } user && user.IsInRole(Roles.Counselor)
            && await links.CounselorIdAsync(user, Context.ConnectionAborted) is { } counselorId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Group(counselorId));
            watchers.Add(Context.ConnectionId, counselorId);
        }
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        watchers.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>A supervisor's or operations page follows another counselor's softphone.</summary>
    public async Task Watch(string counselorId)
    {
        if (Context.User is not { } user || !(user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Operations)))
        {
            throw new HubException("Only supervisors and operations staff may watch another counselor.");
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(counselorId));
        watchers.Add(Context.ConnectionId, counselorId);
    }
}
