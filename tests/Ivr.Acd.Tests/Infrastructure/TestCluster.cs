using StackExchange.Redis;

namespace Ivr.Acd.Tests.Infrastructure;

/// <summary>
/// The three-primary Redis Cluster of deploy/dev/services.sh up cluster (seeds in IVR_REDIS_CLUSTER); the test
/// fails when it is missing or is not a cluster.
/// </summary>
public static class TestCluster
{
    public static string Seeds { get; } =
        Environment.GetEnvironmentVariable("IVR_REDIS_CLUSTER") ?? "127.0.0.1:7001,127.0.0.1:7002,127.0.0.1:7003";

    private static readonly Lazy<ConnectionMultiplexer> Shared = new(Connect);

    public static ConnectionMultiplexer Connection => Shared.Value;

    private static ConnectionMultiplexer Connect()
    {
        ConnectionMultiplexer connection;
        try
        {
            // CLUSTER KEYSLOT and CLUSTER SLOTS are admin commands to StackExchange.Redis.
            var options = ConfigurationOptions.Parse(Seeds);
            options.AllowAdmin = true;
            connection = ConnectionMultiplexer.Connect(options);
        }
        catch (RedisConnectionException exception)
        {
            throw new InvalidOperationException(
                $"The Redis Cluster is not reachable at {Seeds}. Start it with deploy/dev/services.sh up cluster.", exception);
        }
        var primaries = connection.GetServers().Count(server => server.IsConnected && !server.IsReplica && server.ServerType == ServerType.Cluster);
        if (primaries < 2)
        {
            connection.Dispose();
            throw new InvalidOperationException($"{Seeds} is not a Redis Cluster with several primaries (found {primaries}).");
        }
        return connection;
    }

    /// <summary>The slot of a contact center's hash tag, as the cluster itself computes it (CLUSTER KEYSLOT).</summary>
    public static async Task<int> KeySlotAsync(string contactCenter)
    {
        var server = Connection.GetServers().First(server => server.IsConnected);
        return (int)await server.ExecuteAsync("CLUSTER", "KEYSLOT", $"{{cc:{contactCenter}}}:acd:queue");
    }

    /// <summary>The primary that owns a slot, from the cluster's own map (CLUSTER SLOTS): "host:port".</summary>
    public static async Task<string> OwnerAsync(int slot)
    {
        var server = Connection.GetServers().First(server => server.IsConnected);
        var ranges = (RedisResult[])(await server.ExecuteAsync("CLUSTER", "SLOTS"))!;
        foreach (var range in ranges.Select(range => (RedisResult[])range!))
        {
            if ((int)range[0] <= slot && slot <= (int)range[1])
            {
                var primary = (RedisResult[])range[2]!;
                return $"{(string)primary[0]!}:{(int)primary[1]}";
            }
        }
        throw new InvalidOperationException($"no primary owns slot {slot}");
    }
}
