using System.Text.Json;
using Ivr.Acd;
using Ivr.Acd.Events;
using StackExchange.Redis;

namespace Ivr.Server.Ivr;

/// <summary>
/// Call sessions in Redis with a TTL, each write together with its call events (one script, group-committed by
/// <see cref="SessionWriteBatcher"/>), so a session and its events land together or not at all. Creation is
/// idempotent (a retried webhook finds the first session); updates compare-and-set against the session they were
/// computed from, so a retry cannot apply a step twice.
/// </summary>
public sealed class CallSessionStore(IConnectionMultiplexer redis, ContactCenterKeys keys, SessionWriteBatcher writes)
{
    public RedisKey Key(string callSid) => keys.Key("ivr:call:" + callSid);

    public async Task<CallSession?> GetAsync(string callSid) =>
        await redis.GetDatabase().StringGetAsync(Key(callSid)) is { HasValue: true } json ? Parse(json!) : null;

    /// <summary>Creates the session; when one exists already (a retry), returns that one instead.</summary>
    public async Task<(CallSession Session, bool Created)> CreateAsync(CallSession session, IEnumerable<CallEvent> events)
    {
        var (applied, existing) = await WriteAsync(null, session, events);
        return applied ? (session, true) : (existing!, false);
    }

    /// <summary>Replaces <paramref name="from"/> by <paramref name="to"/>; when not applied, the session that won (null if gone).</summary>
    public Task<(bool Applied, CallSession? Current)> UpdateAsync(CallSession from, CallSession to, IEnumerable<CallEvent> events) =>
        WriteAsync(from, to, events);

    private async Task<(bool Applied, CallSession? Current)> WriteAsync(CallSession? expected, CallSession next, IEnumerable<CallEvent> events)
    {
        var found = await writes.WriteAsync(Key(next.CallSid), expected is null ? null : Serialize(expected), Serialize(next), events);
        if (found is null)
        {
            return (true, null);
        }
        return (false, found.Length > 0 ? Parse(found) : null);
    }

    private static string Serialize(CallSession session) => JsonSerializer.Serialize(session, JsonSerializerOptions.Web);

    private static CallSession Parse(string json) => JsonSerializer.Deserialize<CallSession>(json, JsonSerializerOptions.Web)!;
}
