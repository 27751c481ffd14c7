using Ivr.Server.Redis;
using Ivr.Server.Tests.Infrastructure;
using StackExchange.Redis;

namespace Ivr.Server.Tests.Redis;

public sealed class RedisScriptTests
{
    [Test]
    public async Task EvaluateAsync_ServerWithoutTheScript_LoadsItAndThenRunsItByHash()
    {
        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var script = new RedisScript("return redis.call('incr', KEYS[1]) + tonumber(ARGV[1])");
        var database = connection.GetDatabase();

        var first = await script.EvaluateAsync(database, ["{cc:t}:n"], [10]);
        var second = await script.EvaluateAsync(database, ["{cc:t}:n"], [10]);

        Assert.That((long)first, Is.EqualTo(11));
        Assert.That((long)second, Is.EqualTo(12));
        var calls = (await connection.GetServer(connection.GetEndPoints()[0]).InfoAsync("commandstats"))
            .SelectMany(group => group).ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.That(calls["cmdstat_evalsha"], Does.StartWith("calls=2,"));
        Assert.That(calls["cmdstat_eval"], Does.StartWith("calls=1,"));
    }
}
