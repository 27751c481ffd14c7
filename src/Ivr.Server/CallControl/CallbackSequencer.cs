using Ivr.Acd.Engine;
using StackExchange.Redis;

namespace Ivr.Server.CallControl;

/// <summary>
/// Twilio does not promise that status callbacks arrive in order. Each carries a SequenceNumber per call: a callback
/// older than one already handled for that call is stale and must change nothing. The same delivery may come again (a
/// retry of a callback that failed half-way on Redis, or Twilio's own retry): it carries the same delivery token
/// (Twilio's <c>I-Twilio-Idempotency-Token</c>) and is let through, since every step it takes is idempotent.
/// </summary>
public sealed class CallbackSequencer(IConnectionMultiplexer redis, AcdEngine engine)
{
    public const string DeliveryHeader = "I-Twilio-Idempotency-Token";

    // The value is "sequence|delivery" (a bare number from before the delivery was kept counts as another delivery).
    private static readonly LuaScript Advance = LuaScript.Prepare("""
        local current = redis.call('GET', @key) or '-1|'
        local last, delivery = string.match(current, '^(%-?%d+)|(.*)$')
        if not last then last, delivery = current, '' end
        local sequence = tonumber(@sequence)
        if sequence < tonumber(last) or (sequence == tonumber(last) and delivery ~= @delivery) then return 0 end
        redis.call('SET', @key, @sequence .. '|' .. @delivery, 'PX', 43200000)
        return 1
        """);

    /// <returns>True when this callback is newer than every one handled before for the call, or is one of them again.</returns>
    public async Task<bool> IsNewestAsync(string callSid, int sequenceNumber, string delivery)
    {
        var result = await Advance.EvaluateAsync(redis.GetDatabase(), new
        {
            key = engine.Keys.ContactCenter.Key("calls:sequence:" + callSid),
            sequence = sequenceNumber,
            delivery,
        });
        return (int)result == 1;
    }

    /// <summary>Twilio's token for this delivery of the callback, or the request's own id when it sent none.</summary>
    public static string DeliveryOf(HttpRequest request) =>
        request.Headers[DeliveryHeader].ToString() is { Length: > 0 } token ? token : request.HttpContext.TraceIdentifier;
}
