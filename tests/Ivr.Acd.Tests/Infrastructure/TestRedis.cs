using StackExchange.Redis;

namespace Ivr.Acd.Tests.Infrastructure;

/// <summary>The real Redis the tests run against (deploy/dev/services.sh up); nothing is skipped when it is missing.</summary>
public static class TestRedis
{
    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:6380";

    private static readonly Lazy<ConnectionMultiplexer> Shared = new(Connect);

    public static ConnectionMultiplexer Connection => Shared.Value;

    public static ConnectionMultiplexer Connect()
    {
        try
        {
            return ConnectionMultiplexer.Connect(ConnectionString);
        }
        catch (RedisConnectionException exception)
        {
            throw new InvalidOperationException(
                $"Redis is not reachable at {ConnectionString}. Start the services with deploy/dev/services.sh up.", exception);
        }
    }

    /// <summary>
    /// Deletes every key of one test contact center (its unique hash tag); never flushes the shared server. The keys
    /// share one slot, so on a cluster they live on the primary that owns it: only that node is scanned.
    /// </summary>
    public static async Task DeleteContactCenterAsync(IConnectionMultiplexer redis, string contactCenter)
    {
        var pattern = $"{{cc:{contactCenter}}}:*";
        var server = redis.GetServer(new RedisKey($"{{cc:{contactCenter}}}:"));
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: pattern, pageSize: 1000))
        {
            keys.Add(key);
        }
        foreach (var chunk in keys.Chunk(500))
        {
            await redis.GetDatabase().KeyDeleteAsync(chunk);
        }
    }
}
