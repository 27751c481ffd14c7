using Ivr.Acd;
using StackExchange.Redis;

namespace Ivr.Benchmarks.Acd;

/// <summary>
/// The floor under any routing decision kept in these Redis structures: one script running only the commands a
/// decision cannot do without (the head of the language's queue, its longest-idle counselor at level 1, both taken
/// out of their indexes, the reservation with both parties' marks in one write, its deadline, the counters read and
/// written, the event in the stream's entry format), with no other JSON, no rules and no choices. Measured beside the bare round trip and the real
/// decision, it shows how much of the gap to the bare rate is Redis's price per command rather than the script's
/// work (docs/benchmarks-acd.md). Nothing in the product runs it; each call is undone after its round, untimed,
/// so the population stays the same.
/// </summary>
internal sealed class DecisionFloor(IDatabase redis, AcdKeys keys)
{
    private static readonly LuaScript Decide = LuaScript.Prepare("""
        local lang = @Language
        local m = redis.call('ZRANGEBYLEX', @Queue, '[' .. lang .. '|', '[' .. lang .. '|~', 'LIMIT', '0', '1')[1]
        if not m then return false end
        local g = redis.call('ZRANGEBYLEX', @Idle, '[' .. lang .. '|1|', '[' .. lang .. '|1|~', 'LIMIT', '0', '1')[1]
        if not g then return false end
        local sid = string.match(m, '|([^|]+)$')
        local since, id = string.match(g, '|(%d+)|([^|]+)$')
        local res = @Id
        local d = string.format('%d', tonumber(@Now) + 3600000)
        redis.call('ZREM', @Queue, m)
        local members = {}
        for r = 1, 5 do members[r] = lang .. '|' .. r .. '|' .. since .. '|' .. id end
        redis.call('ZREM', @Idle, unpack(members))
        redis.call('HSET', @Reservations, res, sid .. '|' .. id .. '|' .. lang .. '|' .. d, 'c:' .. sid, res, 'g:' .. id, res)
        redis.call('ZADD', @Deadlines, d, res)
        local f = {lang .. ':waiting', lang .. ':available', lang .. ':reserved'}
        local v = redis.call('HMGET', @Stats, f[1], f[2], f[3])
        redis.call('HSET', @Stats, f[1], string.format('%d', (tonumber(v[1]) or 0) - 1),
          f[2], string.format('%d', (tonumber(v[2]) or 0) - 1), f[3], string.format('%d', (tonumber(v[3]) or 0) + 1))
        redis.call('XADD', @Events, 'MAXLEN', '~', '1000000', '*', 'e', cjson.encode({res .. ':reserved', 'queue.reserved', sid,
          @Now, 'counselor', id, 'language', lang, 'reservation', res, 'deadline', d, 'idle', '0'}))
        return {m, g, res, sid, id}
        """);

    // Puts back what one floor decision took: the caller's queue entry, the counselor's idle entries at the levels they
    // have, the counters; drops the reservation, its marks and its deadline (the event stays in the stream).
    private static readonly LuaScript Undo = LuaScript.Prepare("""
        local lang, m, g, res, sid, id = @Language, @Member, @Idle, @Id, @Call, @Counselor
        redis.call('ZADD', @Queue, 0, m)
        local since = string.match(g, '|(%d+)|[^|]+$')
        local a = cjson.decode(redis.call('HGET', @Agents, id))
        for r = 1, a.sk[lang] do redis.call('ZADD', @IdleIndex, 0, lang .. '|' .. r .. '|' .. since .. '|' .. id) end
        redis.call('HDEL', @Reservations, res, 'c:' .. sid, 'g:' .. id)
        redis.call('ZREM', @Deadlines, res)
        redis.call('HINCRBY', @Stats, lang .. ':waiting', 1)
        redis.call('HINCRBY', @Stats, lang .. ':available', 1)
        redis.call('HINCRBY', @Stats, lang .. ':reserved', -1)
        return 1
        """);

    private readonly List<(string Language, RedisValue[] Taken)> taken = [];

    /// <summary>One floor decision; false when the language has no caller or no one idle.</summary>
    public async Task<bool> DecideAsync(string language)
    {
        var result = await Decide.EvaluateAsync(redis, new
        {
            Language = language,
            Id = Guid.NewGuid().ToString("N"),
            Now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(),
            keys.Queue,
            keys.Idle,
            keys.Reservations,
            keys.Deadlines,
            keys.Stats,
            Events = keys.ContactCenter.Events,
        });
        if (result.IsNull)
        {
            return false;
        }
        taken.Add((language, (RedisValue[])result!));
        return true;
    }

    public async Task UndoAsync()
    {
        foreach (var (language, values) in taken)
        {
            await Undo.EvaluateAsync(redis, new
            {
                Language = language,
                Member = values[0],
                Idle = values[1],
                Id = values[2],
                Call = values[3],
                Counselor = values[4],
                keys.Queue,
                IdleIndex = keys.Idle,
                keys.Agents,
                keys.Reservations,
                keys.Deadlines,
                keys.Stats,
            });
        }
        taken.Clear();
    }
}
