using Ivr.Acd;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// The outbox: how many events wait to be written, how full the stream is against its trim cap, and how many events
/// were ever trimmed unwritten. A backlog is Degraded; a stream near its cap is Unhealthy, because the cap then trims
/// events nobody has written. Not a readiness check: calls flow whatever this says.
/// </summary>
public sealed class CallRecordsHealthCheck(IConnectionMultiplexer redis, IOptions<CallRecordsOptions> options, WriterStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var keys = new ContactCenterKeys(settings.ContactCenter);
        var data = new Dictionary<string, object>
        {
            ["lag"] = status.Lag,
            ["lagDegradedThreshold"] = settings.LagDegradedThreshold,
            ["eventsWritten"] = status.EventsWritten,
            ["eventsQuarantined"] = status.EventsQuarantined,
            ["streamLength"] = status.StreamLength,
            ["streamCap"] = WriterStatus.StreamCap,
        };
        if (status.LastBatchAt is { } lastBatch)
        {
            data["lastBatchAt"] = lastBatch;
        }
        var db = redis.GetDatabase();
        try
        {
            var length = db.StreamLengthAsync(keys.Events);
            var trimmed = db.StringGetAsync(OutboxStream.TrimmedUnwrittenKey(keys));
            var groups = db.StreamGroupInfoAsync(keys.Events);
            data["streamLength"] = await length.WaitAsync(cancellationToken);
            data["trimmedUnwritten"] = (long?)await trimmed.WaitAsync(cancellationToken) ?? 0;
            var group = (await groups.WaitAsync(cancellationToken)).FirstOrDefault(info => info.Name == settings.ConsumerGroup);
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
        var fill = (long)data["streamLength"] / (double)WriterStatus.StreamCap;
        data["streamFill"] = Math.Round(fill, 4);
        if (status.LastError is { } error)
        {
            data["lastError"] = error;
        }
        if (fill >= settings.StreamFillUnhealthy)
        {
            return HealthCheckResult.Unhealthy($"The call event stream is at {fill:P0} of its cap: events will be trimmed before they are written.", data: data);
        }
        if (fill >= settings.StreamFillDegraded)
        {
            return HealthCheckResult.Degraded($"The call event stream is at {fill:P0} of its cap; past it, events are trimmed before they are written.", data: data);
        }
        if (status.LastError is not null)
        {
            return HealthCheckResult.Degraded("The last batch of call records failed; the events wait in Redis and are retried.", data: data);
        }
        return (long)data["lag"] >= settings.LagDegradedThreshold
            ? HealthCheckResult.Degraded($"{data["lag"]} call events wait to be written.", data: data)
            : HealthCheckResult.Healthy($"{data["lag"]} call events wait to be written.", data: data);
    }
}
