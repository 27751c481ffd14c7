using System.Collections.Concurrent;

namespace Ivr.Server.Softphone;

/// <summary>
/// Which counselors have a page connected to this server instance, so state is only read and pushed for those
/// (under load most counselors' events have no page watching here).
/// </summary>
public sealed class SoftphoneWatchers
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> byConnection = new(StringComparer.Ordinal);

    public void Add(string connectionId, string counselorId) =>
        byConnection.GetOrAdd(connectionId, _ => new(StringComparer.Ordinal))[counselorId] = 0;

    public void Remove(string connectionId) => byConnection.TryRemove(connectionId, out _);

    public bool IsWatched(string counselorId) => byConnection.Values.Any(counselors => counselors.ContainsKey(counselorId));
}
