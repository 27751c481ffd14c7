namespace Ivr.Acd.Scripts;

/// <summary>Adds or changes a counselor's skills (also while signed in), or removes a signed-out counselor.</summary>
internal static class CounselorAdminLua
{
    public const string Upsert = """
        local g = guard()
        if g then return g end
        local id = @Id
        local d = cjson.decode(@Data)
        local a = getj(@Agents, id)
        if not a then
          a = {st = 'offline', sk = d.sk, tm = d.tm, wl = d.wl, idle = now, na = 0}
          for lang, _ in pairs(a.sk) do stat(lang, 'offline', 1) end
          emit(opid .. ':' .. id .. ':added', 'counselor.state', '', {'counselor', id, 'state', 'offline', 'reason', 'added'})
        else
          local indexed = a.ix
          idle_rem(id, a)
          for lang, _ in pairs(a.sk) do stat(lang, a.st, -1) end
          team_uncount(a)
          a.sk = d.sk a.tm = d.tm a.wl = d.wl
          for lang, _ in pairs(a.sk) do stat(lang, a.st, 1) end
          team_sync(a)
          if indexed then idle_add(id, a) end
          emit(opid .. ':' .. id .. ':skills', 'counselor.state', '', {'counselor', id, 'state', a.st, 'reason', 'skills'})
        end
        putj(@Agents, id, a)
        local gl = {}
        if a.ix then gl = langs_of(a) end
        return done({o = 'ok', st = a.st, gl = gl})
        """;

    public const string Remove = """
        local g = guard()
        if g then return g end
        local id = @Id
        local a = getj(@Agents, id)
        if not a then return done({o = 'unknown', st = 'none', gl = {}}) end
        if a.st ~= 'offline' then return done({o = 'refused', st = a.st, gl = {}}) end
        for lang, _ in pairs(a.sk) do stat(lang, 'offline', -1) end
        redis.call('HDEL', @Agents, id)
        redis.call('ZREM', @Timers, id)
        emit(opid .. ':' .. id .. ':removed', 'counselor.state', '', {'counselor', id, 'state', 'removed', 'reason', 'removed'})
        return done({o = 'ok', st = 'removed', gl = {}})
        """;
}
