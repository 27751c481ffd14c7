using System.Globalization;
using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using StackExchange.Redis;

namespace Ivr.Server.CallControl.InCall;

/// <summary>Appends what a counselor did on a call (hold, an outside party added) to the call's events, for its record.</summary>
public sealed class InCallEvents(IConnectionMultiplexer redis, AcdEngine engine, TimeProvider time)
{
    public Task AppendAsync(string callSid, string type, Dictionary<string, string> fields)
    {
        var now = time.GetUtcNow();
        var id = $"{callSid}:{type}:{now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";
        return CallEventStream.AppendAsync(redis.GetDatabase(), engine.Keys.ContactCenter, new CallEvent(id, type, callSid, now, fields));
    }
}
