using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Ivr.Server.Health;

/// <summary>
/// Answers at once while the shared connection is down (it reconnects by itself), otherwise pings Redis.
/// </summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var endpoint = string.Join(", ", redis.GetEndPoints().Select(point => point.ToString()));
        if (!redis.IsConnected)
        {
            return HealthCheckResult.Unhealthy($"Redis is not reachable at {endpoint}.");
        }
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.0} ms.");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"Redis at {endpoint} did not answer: {exception.GetType().Name}.");
        }
    }
}
