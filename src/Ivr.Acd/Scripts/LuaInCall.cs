namespace Ivr.Acd.Scripts;

/// <summary>Helpers of the in-call scripts (transfer and consult): reserving a named counselor, the consult in progress.</summary>
internal static class LuaInCall
{
    public const string Text = """
        -- Reserves a named counselor for a call, if available and routable (not in a reject or no-answer delay).
        local function reserve_named(id, sid, res, lang, kind, deadline)
          local b = getj(@Agents, id)
          if not b then return nil, 'unknown' end
          if b.st ~= 'available' or not b.ix then return nil, 'unavailable' end
          idle_rem(id, b)
          b.res = res b.call = sid
          agent_state(id, b, 'reserved', kind)
          putj(@Agents, id, b)
          local r = {c = sid, g = id, l = lang, q = lang, d = deadline}
          if kind == 'consult' then r.k = 'consult' end
          redis.call('HSET', @Reservations, res, cjson.encode(r))
          redis.call('ZADD', @Deadlines, deadline, res)
          return b, nil
        end
        -- The counselor consulted on a call while they are still being rung for it or talking on it.
        local function consulting(sid, c)
          if not c.cg then return nil end
          local b = getj(@Agents, c.cg)
          if b and b.call == sid and (b.st == 'reserved' or b.st == 'oncall') then return b end
          return nil
        end
        local function add_langs(gl, a)
          if a and a.ix then for _, l in ipairs(langs_of(a)) do gl[#gl + 1] = l end end
          return gl
        end

        """;
}
