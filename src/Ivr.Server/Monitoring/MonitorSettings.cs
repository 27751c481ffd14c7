using Ivr.Acd;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Monitoring;

/// <summary>
/// Whether counselors see that a supervisor is listening, whispering or in the call. Operations change it at run time;
/// it is kept in Redis beside the live state it governs (every instance reads the same), and
/// <c>Monitoring:TellCounselors</c> is the value until operations first set it.
/// </summary>
public sealed class MonitorSettings(IConnectionMultiplexer redis, ContactCenterKeys keys, IOptions<MonitoringOptions> options)
{
    public async Task<bool> TellCounselorsAsync()
    {
        var stored = await redis.GetDatabase().StringGetAsync(Key);
        return stored.IsNull ? options.Value.TellCounselors : stored == "true";
    }

    public Task SetTellCounselorsAsync(bool tell) => redis.GetDatabase().StringSetAsync(Key, tell ? "true" : "false");

    private RedisKey Key => keys.Key("monitor:settings:tell-counselors");
}
