using Ivr.Acd.Engine;
using StackExchange.Redis;

namespace Ivr.Server.CallControl;

/// <summary>
/// Twilio does not promise that status callbacks arrive in order. Each carries a SequenceNumber per call: a callback
/// older than one already handled for that call is stale and must change nothing.
/// </summary>
public sealed class CallbackSequencer(IConnectionMultiplexer redis, AcdEngine engine)
{
    private static readonly LuaScript Advance = LuaScript.Prepare("""
        local last = tonumber(redis.call('GET', @key) or '-1')
        if tonumber(@sequence) <= last then return 0 end
        redis.call('SET', @key, @sequence, 'PX', 43200000)
        return 1
        """);

    /// <returns>True when this callback is newer than every one handled before for the call.</returns>
    public async Task<bool> IsNewestAsync(string callSid, int sequenceNumber)
    {
        var result = await Advance.EvaluateAsync(redis.GetDatabase(), new
        {
            key = engine.Keys.ContactCenter.Key("calls:sequence:" + callSid),
            sequence = sequenceNumber,
        });
        return (int)result == 1;
    }
}
