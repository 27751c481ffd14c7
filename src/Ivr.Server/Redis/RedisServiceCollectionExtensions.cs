using Ivr.Server.Data;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>One shared multiplexer for the process. It starts even when Redis is down and reconnects by itself.</summary>
    public static IServiceCollection AddIvrRedis(this IServiceCollection services)
    {
        services.AddSingleton<IConnectionMultiplexer>(provider =>
        {
            var configuration = ConfigurationOptions.Parse(provider.GetRequiredService<IOptions<ConnectionStringsOptions>>().Value.Redis);
            configuration.AbortOnConnectFail = false;
            configuration.ClientName ??= "ivr-server";
            return ConnectionMultiplexer.Connect(configuration);
        });
        return services;
    }
}
