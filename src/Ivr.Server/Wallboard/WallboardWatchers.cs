using System.Collections.Concurrent;

namespace Ivr.Server.Wallboard;

/// <summary>The wallboard pages connected to this instance.</summary>
public sealed class WallboardWatchers
{
    private readonly ConcurrentDictionary<string, byte> connections = new(StringComparer.Ordinal);

    public void Add(string connectionId) => connections[connectionId] = 0;

    public void Remove(string connectionId) => connections.TryRemove(connectionId, out _);

    public bool Any => !connections.IsEmpty;
}
