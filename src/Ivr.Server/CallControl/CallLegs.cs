using Ivr.Acd.Engine;
using StackExchange.Redis;

namespace Ivr.Server.CallControl;

/// <summary>
/// Which Twilio calls belong to a reservation: the caller and the counselor's leg. A lookup table kept in Redis (so
/// any instance may handle a callback), never authoritative: the ACD engine owns the state.
/// </summary>
public sealed class CallLegs(IConnectionMultiplexer redis, AcdEngine engine)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);
    private const string CallerField = "caller";
    private const string CounselorLegField = "leg";

    public async Task RememberAsync(string reservationId, string callerSid)
    {
        var database = redis.GetDatabase();
        await database.HashSetAsync(Key(reservationId), CallerField, callerSid);
        await database.KeyExpireAsync(Key(reservationId), Lifetime);
        await database.StringSetAsync(CallerKey(callerSid), reservationId, Lifetime);
    }

    /// <summary>The reservation last made for a caller, if any.</summary>
    public async Task<string?> ReservationOfCallerAsync(string callerSid) => await redis.GetDatabase().StringGetAsync(CallerKey(callerSid));

    public Task RememberCounselorLegAsync(string reservationId, string legSid) =>
        redis.GetDatabase().HashSetAsync(Key(reservationId), CounselorLegField, legSid);

    public async Task<(string? CallerSid, string? CounselorLegSid)> FindAsync(string reservationId)
    {
        var values = await redis.GetDatabase().HashGetAsync(Key(reservationId), [CallerField, CounselorLegField]);
        return (values[0], values[1]);
    }

    private RedisKey CallerKey(string callerSid) => engine.Keys.ContactCenter.Key("calls:caller:" + callerSid);

    private RedisKey Key(string reservationId) => engine.Keys.ContactCenter.Key("calls:reservation:" + reservationId);
}
