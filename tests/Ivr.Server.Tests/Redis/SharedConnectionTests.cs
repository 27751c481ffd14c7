using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ivr.Server.Tests.Redis;

public sealed class SharedConnectionTests
{
    [Test]
    public async Task SharedMultiplexer_SetThenGet_RoundTripsThroughRealRedis()
    {
        await using var factory = await IvrServerFactory.StartAsync();
        var redis = factory.Services.GetRequiredService<IConnectionMultiplexer>();
        var key = $"test:{Guid.NewGuid():N}";

        await redis.GetDatabase().StringSetAsync(key, "1345", TimeSpan.FromMinutes(1));

        Assert.That((string?)await redis.GetDatabase().StringGetAsync(key), Is.EqualTo("1345"));
        Assert.That(factory.Services.GetRequiredService<IConnectionMultiplexer>(), Is.SameAs(redis), "one shared connection per process");
    }
}
