using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Ivr.Server.Accounts;

/// <summary>
/// The open hub connections of this instance, so a revoked sign-in's connections close: at once on the instance that
/// revoked it (<see cref="Abort"/>), within <see cref="SessionOptions.RevalidationInterval"/> on the others
/// (<see cref="HubSessionSweep"/>). Connections also close when the sign-in expires (CloseOnAuthenticationExpiration).
/// </summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, HubCallerContext> open = new(StringComparer.Ordinal);

    public void Add(HubCallerContext context) => open[context.ConnectionId] = context;

    public void Remove(HubCallerContext context) => open.TryRemove(context.ConnectionId, out _);

    public IReadOnlyCollection<HubCallerContext> All => [.. open.Values];

    /// <summary>Closes every connection of the account.</summary>
    public void Abort(string userId)
    {
        foreach (var context in open.Values.Where(context => context.UserIdentifier == userId))
        {
            context.Abort();
        }
    }
}
