using Microsoft.AspNetCore.SignalR;

namespace Ivr.Server.Accounts;

/// <summary>Registers every hub connection in <see cref="HubConnections"/> and refuses hub calls from a revoked sign-in.</summary>
public sealed class HubSessionGuard(HubConnections connections, SessionValidator sessions) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        connections.Add(context.Context);
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        connections.Remove(context.Context);
        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Context.User is { } user && !await sessions.IsCurrentAsync(user))
        {
            invocationContext.Context.Abort();
            throw new HubException("This sign-in was revoked.");
        }
        return await next(invocationContext);
    }
}
