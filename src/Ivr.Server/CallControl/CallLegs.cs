using Ivr.Acd.Engine;
using StackExchange.Redis;

namespace Ivr.Server.CallControl;

/// <summary>
/// Which Twilio calls belong to a reservation: the caller, the counselor's leg, the conference, and the in-call state
/// (mute, hold, consult, outside parties; see <see cref="CallLegState"/>). A lookup table kept in Redis (so any
/// instance may handle a callback), never authoritative: the ACD engine owns who talks to whom.
/// </summary>
public sealed class CallLegs(IConnectionMultiplexer redis, AcdEngine engine)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    // Callbacks of one call may be handled at once: the value is stored with its SequenceNumber and only a newer one replaces it.
    private static readonly LuaScript SetIfNewer = LuaScript.Prepare("""
        local current = redis.call('HGET', @key, @field)
        if current then
          local n = tonumber(string.match(current, '^(%d+)|'))
          if n and n >= tonumber(@sequence) then return 0 end
        end
        redis.call('HSET', @key, @field, @sequence .. '|' .. @value)
        redis.call('PEXPIRE', @key, 43200000)
        return 1
        """);

    public async Task RememberAsync(string reservationId, string callerSid, string counselorId)
    {
        await SetAsync(reservationId, (CallLegState.CallerField, callerSid), (CallLegState.CounselorField, counselorId));
        // A connected callback handed to another counselor: their conference brings in the call dialled to the caller.
        if (AcdEngine.IsCallbackId(callerSid) && (await engine.GetCallbackAsync(callerSid))?.DialledCallSid is { } dialled)
        {
            await SetAsync(reservationId, (CallLegState.DialledField, dialled));
        }
        await redis.GetDatabase().StringSetAsync(CallerKey(callerSid), reservationId, Lifetime);
    }

    /// <summary>The reservation whose conference the caller is in (or is being rung for), if any.</summary>
    public async Task<string?> ReservationOfCallerAsync(string callerSid) => await redis.GetDatabase().StringGetAsync(CallerKey(callerSid));

    /// <summary>The consulted counselor's leg, on the consult's own reservation and on the call's (main) one.</summary>
    public async Task RememberConsultLegAsync(string mainReservationId, string consultReservationId, string legSid)
    {
        await SetAsync(consultReservationId, (CallLegState.LegField, legSid));
        await SetAsync(mainReservationId, (CallLegState.ConsultLegField, legSid));
    }

    public async Task<(string? CallerSid, string? CounselorLegSid)> FindAsync(string reservationId)
    {
        var values = await redis.GetDatabase().HashGetAsync(Key(reservationId), [CallLegState.CallerField, CallLegState.LegField]);
        return (values[0], values[1]);
    }

    public async Task<CallLegState> GetAsync(string reservationId)
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(Key(reservationId));
        return new CallLegState(reservationId, entries.ToDictionary(entry => (string)entry.Name!, entry => (string)entry.Value!, StringComparer.Ordinal));
    }

    public async Task SetAsync(string reservationId, params (string Field, string Value)[] fields)
    {
        // Both sent at once (one connection keeps their order): one round trip, not two.
        var database = redis.GetDatabase();
        var key = Key(reservationId);
        await Task.WhenAll(
            database.HashSetAsync(key, [.. fields.Select(field => new HashEntry(field.Field, field.Value))]),
            database.KeyExpireAsync(key, Lifetime));
    }

    /// <summary>Sets a field from a status callback unless a newer callback of the same call already set it; read it with <see cref="CallLegState"/>.</summary>
    public async Task SetFromCallbackAsync(string reservationId, string field, int sequenceNumber, string value) =>
        await SetIfNewer.EvaluateAsync(redis.GetDatabase(), new { key = Key(reservationId), field, sequence = sequenceNumber, value });

    /// <summary>Sets the field unless it is set already; true for the one caller that set it.</summary>
    public async Task<bool> ClaimAsync(string reservationId, string field)
    {
        var database = redis.GetDatabase();
        var claimed = await database.HashSetAsync(Key(reservationId), field, "1", When.NotExists);
        await database.KeyExpireAsync(Key(reservationId), Lifetime);
        return claimed;
    }

    /// <summary>Writes <paramref name="value"/> unless the field holds one already; returns the value that stands.</summary>
    public async Task<string> FirstAsync(string reservationId, string field, string value)
    {
        var database = redis.GetDatabase();
        if (await database.HashSetAsync(Key(reservationId), field, value, When.NotExists))
        {
            await database.KeyExpireAsync(Key(reservationId), Lifetime);
            return value;
        }
        return (string?)await database.HashGetAsync(Key(reservationId), field) ?? value;
    }

    public Task ClearAsync(string reservationId, params string[] fields) =>
        redis.GetDatabase().HashDeleteAsync(Key(reservationId), [.. fields.Select(field => (RedisValue)field)]);

    private RedisKey CallerKey(string callerSid) => engine.Keys.ContactCenter.Key("calls:caller:" + callerSid);

    private RedisKey Key(string reservationId) => engine.Keys.ContactCenter.Key("calls:reservation:" + reservationId);
}
