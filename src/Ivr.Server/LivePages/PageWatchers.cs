using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Ivr.Server.LivePages;

/// <summary>The pages connected to this instance's hub <typeparamref name="THub"/>: its pushes are read only while there is one.</summary>
public sealed class PageWatchers<THub> where THub : Hub
{
    private readonly ConcurrentDictionary<string, byte> connections = new(StringComparer.Ordinal);

    public void Add(string connectionId) => connections[connectionId] = 0;

    public void Remove(string connectionId) => connections.TryRemove(connectionId, out _);

    public bool Any => !connections.IsEmpty;
}
