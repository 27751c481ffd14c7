namespace Ivr.Acd.Scripts;

/// <summary>
/// One routing decision for a language: the head of each priority class, best class first, is offered the
/// longest-idle counselor at the level its wait requires; failing that, overflow callers try the overflow language.
/// Only class heads are looked at: later callers of a class waited less, so they need at least the same level.
/// </summary>
internal static class MatchLua
{
    public const string Body = """
        local g = guard()
        if g then return g end
        local lang = @Language
        local rule = cjson.decode(@Rule)
        local res = @Id
        local function idle_for(l, lvl)
          local r = redis.call('ZRANGEBYLEX', @Idle, '[' .. l .. '|' .. lvl .. '|', '[' .. l .. '|' .. lvl .. '|~', 'LIMIT', 0, 1)
          if r[1] then return string.match(r[1], '|([^|]+)$') end
          return nil
        end
        local function try(key, pick)
          local lower = '[' .. lang .. '|'
          while true do
            local m = redis.call('ZRANGEBYLEX', key, lower, '[' .. lang .. '|~', 'LIMIT', 0, 1)[1]
            if not m then return nil, nil end
            local cls, arr, sid = string.match(m, '^[^|]+|(%d)|(%d+)|(.+)$')
            cls = tonumber(cls)
            local id = pick(now - tonumber(arr))
            if id then return sid, id end
            if cls >= 9 then return nil, nil end
            lower = '[' .. lang .. '|' .. (cls + 1) .. '|'
          end
        end
        local served = lang
        local sid, id = try(@Queue, function(wait) return idle_for(lang, required_level(rule, wait)) end)
        if not sid and rule.ovf then
          served = rule.ovf.l
          sid, id = try(@Overflow, function(wait)
            if wait >= rule.ovf.a then return idle_for(served, rule.ovf.v) end
            return nil
          end)
        end
        if not sid then return cjson.encode({m = false}) end
        local deadline = now + tonumber(@Timeout)
        reserve(sid, getj(@Callers, sid), id, getj(@Agents, id), res, served, deadline)
        if served ~= lang then
          emit(res .. ':overflowed', 'queue.overflowed', sid, {'from', lang, 'to', served})
        end
        return done({m = true, r = res, c = sid, g = id, l = served, q = lang, d = deadline})
        """;
}
