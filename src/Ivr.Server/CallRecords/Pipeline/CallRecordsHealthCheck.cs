using Ivr.Acd;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// The writer's lag in /health/ready. A backlog is Degraded, never Unhealthy: calls still flow and no record is lost,
/// they only reach PostgreSQL later.
/// </summary>
public sealed class CallRecordsHealthCheck(IConnectionMultiplexer redis, IOptions<CallRecordsOptions> options, WriterStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var data = new Dictionary<string, object>
        {
            ["lag"] = status.Lag,
            ["lagDegradedThreshold"] = settings.LagDegradedThreshold,
            ["eventsWritten"] = status.EventsWritten,
        };
        if (status.LastBatchAt is { } lastBatch)
        {
            data["lastBatchAt"] = lastBatch;
        }
        try
        {
            var groups = await redis.GetDatabase().StreamGroupInfoAsync(new ContactCenterKeys(settings.ContactCenter).Events).WaitAsync(cancellationToken);
            var group = groups.FirstOrDefault(info => info.Name == settings.ConsumerGroup);
            data["lag"] = group.Name is null ? 0 : (group.Lag ?? 0) + group.PendingMessageCount;
        }
        catch (RedisServerException)
        {
            // No stream yet: nothing to write.
        }
        catch (RedisException)
        {
            return HealthCheckResult.Degraded("The call event stream cannot be read; records wait in Redis.", data: data);
        }
        if (status.LastError is { } error)
        {
            data["lastError"] = error;
            return HealthCheckResult.Degraded("The last batch of call records failed; the events wait in Redis and are retried.", data: data);
        }
        return (long)data["lag"] >= settings.LagDegradedThreshold
            ? HealthCheckResult.Degraded($"{data["lag"]} call events wait to be written.", data: data)
            : HealthCheckResult.Healthy($"{data["lag"]} call events wait to be written.", data: data);
    }
}
