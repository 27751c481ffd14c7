using System.Text.Json;
using StackExchange.Redis;

namespace Ivr.Server.Redis;

/// <summary>
/// What a Twilio callback delivered once but PostgreSQL could not take (it was away): parked in a Redis hash by its id
/// (the first parking of an id wins, so a retried callback parks nothing twice) until a pass stores it. A pass stores
/// every parked item and stops at the first that still fails, to try again next pass; each item leaves the hash only
/// once stored, so an item stored twice must be kept once by its store.
/// </summary>
public sealed class RedisParking<T>(IConnectionMultiplexer redis, RedisKey key)
{
    public Task ParkAsync(string id, T item) =>
        redis.GetDatabase().HashSetAsync(key, id, JsonSerializer.Serialize(item), When.NotExists);

    /// <returns>How many parked items were stored.</returns>
    public async Task<int> DeliverAsync(Func<T, Task> store)
    {
        var database = redis.GetDatabase();
        var delivered = 0;
        foreach (var entry in await database.HashGetAllAsync(key))
        {
            await store(JsonSerializer.Deserialize<T>(entry.Value.ToString())!);
            await database.HashDeleteAsync(key, entry.Name);
            delivered++;
        }
        return delivered;
    }
}
