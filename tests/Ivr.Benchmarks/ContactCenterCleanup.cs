using StackExchange.Redis;

namespace Ivr.Benchmarks;

/// <summary>Every benchmark works in a contact center of its own; its keys leave the shared Redis with it.</summary>
public static class ContactCenterCleanup
{
    public static async Task DeleteAsync(IConnectionMultiplexer connection, string contactCenter)
    {
        // On a cluster the center's keys live on the primary that owns its hash tag's slot.
        var server = connection.GetServer(new RedisKey($"{{cc:{contactCenter}}}:"));
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: $"{{cc:{contactCenter}}}:*", pageSize: 1000))
        {
            keys.Add(key);
        }
        foreach (var chunk in keys.Chunk(1000))
        {
            await connection.GetDatabase().KeyDeleteAsync(chunk);
        }
    }
}
