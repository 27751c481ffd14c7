using System.Collections.Concurrent;
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
public sealed class CallSessionStore(IConnectionMultiplexer redis, ContactCenterKeys keys, SessionWriteBatcher writes, ILogger<CallSessionStore> logger)
{
    // Creations started by CreateBehind and not yet committed: a read of that call waits for its own creation.
    private readonly ConcurrentDictionary<string, Task> pendingCreations = new(StringComparer.Ordinal);

    public RedisKey Key(string callSid) => keys.Key("ivr:call:" + callSid);

    public async Task<CallSession?> GetAsync(string callSid)
    {
        if (pendingCreations.TryGetValue(callSid, out var creation))
        {
            // A failed creation is logged where it failed; this read then finds what Redis has.
            await creation.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        return await redis.GetDatabase().StringGetAsync(Key(callSid)) is { HasValue: true } json ? Parse(json!) : null;
    }

    /// <summary>
    /// Starts creating the session (idempotent, as <see cref="CreateAsync"/>) without waiting for it, so a new call's
    /// first answer does not wait for Redis; false, and nothing started, when Redis is not connected (the caller should
    /// then create and wait, and fall back if that fails). Reads of the call on this instance wait for the creation;
    /// another instance cannot see the call sooner than the caller can press a key after the greeting starts.
    /// A creation that fails is logged: the next step finds no session and starts the menu again, and the call's
    /// record is still made from its later events (the status callback carries the numbers too).
    /// </summary>
    public bool CreateBehind(CallSession session, IEnumerable<CallEvent> events)
    {
        if (!redis.IsConnected)
        {
            return false;
        }
        var creation = CreateAsync(session, events);
        pendingCreations[session.CallSid] = creation;
        _ = ForgetWhenCommittedAsync(session.CallSid, creation);
        return true;
    }

    private async Task ForgetWhenCommittedAsync(string callSid, Task creation)
    {
        try
        {
            await creation;
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "The session of call {CallSid} was not stored", callSid);
        }
        finally
        {
            // Only this creation's entry: a retry's creation may have replaced it.
            pendingCreations.TryRemove(new KeyValuePair<string, Task>(callSid, creation));
        }
    }

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
