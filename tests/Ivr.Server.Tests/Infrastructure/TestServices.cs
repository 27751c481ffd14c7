using Npgsql;
using StackExchange.Redis;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>
/// The real Redis and PostgreSQL the tests run against, as started by <c>deploy/dev/services.sh up</c>.
/// Missing services fail the test with a message that says how to start them; nothing is skipped.
/// </summary>
public static class TestServices
{
    private const string HowToStart = "Start the services with deploy/dev/services.sh up (the README's test command does).";

    public static string Redis { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:6380";

    public static string Postgres { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? "Host=127.0.0.1;Port=5433;Username=ivr;Password=ivr;Database=ivr";

    private static readonly Lazy<ConnectionMultiplexer> SharedRedis = new(() =>
    {
        try
        {
            return ConnectionMultiplexer.Connect(Redis);
        }
        catch (RedisConnectionException exception)
        {
            throw new InvalidOperationException($"Redis is not reachable at {Redis}. {HowToStart}", exception);
        }
    });

    public static ConnectionMultiplexer RedisConnection => SharedRedis.Value;

    /// <summary>Deletes a test's keys from the shared Redis (only the test's own hash tag, never the whole database).</summary>
    public static async Task DeleteKeysAsync(string pattern)
    {
        var server = RedisConnection.GetServers()[0];
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: pattern, pageSize: 1000))
        {
            keys.Add(key);
        }
        foreach (var chunk in keys.Chunk(500))
        {
            await RedisConnection.GetDatabase().KeyDeleteAsync(chunk);
        }
    }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await using var connection = await OpenAdminAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Postgres) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenAdminAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Postgres) { Database = "postgres" }.ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (NpgsqlException exception)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException($"PostgreSQL is not reachable at {Postgres}. {HowToStart}", exception);
        }
    }
}
