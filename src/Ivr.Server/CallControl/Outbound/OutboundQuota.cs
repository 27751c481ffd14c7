using Ivr.Acd;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.CallControl.Outbound;

/// <summary>
/// How many calls each counselor placed in the current clock hour (UTC), counted in Redis so that every instance sees
/// the same count (<see cref="CallControlOptions.OutboundCallsPerHour"/>). A counselor places one call at a time (the
/// ACD takes them On call), so reading before and counting after a call starts needs no lock.
/// </summary>
public sealed class OutboundQuota(IConnectionMultiplexer redis, ContactCenterKeys keys, IOptions<CallControlOptions> options, TimeProvider time)
{
    public async Task<bool> ReachedAsync(string counselorId) =>
        (long?)await redis.GetDatabase().StringGetAsync(Key(counselorId)) >= options.Value.OutboundCallsPerHour;

    public async Task CountAsync(string counselorId)
    {
        var database = redis.GetDatabase();
        var key = Key(counselorId);
        await database.StringIncrementAsync(key);
        await database.KeyExpireAsync(key, TimeSpan.FromHours(2));
    }

    private RedisKey Key(string counselorId) =>
        keys.Key($"cc:outbound-count:{counselorId}:{time.GetUtcNow().ToString("yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture)}");
}
