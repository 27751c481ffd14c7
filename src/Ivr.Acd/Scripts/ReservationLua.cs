namespace Ivr.Acd.Scripts;

/// <summary>The counselor's answer to a reservation: accept connects; reject and no-answer put the caller back.</summary>
internal static class ReservationLua
{
    public const string Body = """
        local g = guard()
        if g then return g end
        local cfg = cjson.decode(@Config)
        local res = @Id
        local action = @Action
        local r = getj(@Reservations, res)
        if not r then return done({o = 'gone'}) end
        if action == 'accept' then
          release_reservation(res)
          local c = getj(@Callers, r.c)
          local a = getj(@Agents, r.g)
          c.st = 'connected' c.res = nil
          putj(@Callers, r.c, c)
          redis.call('ZREM', @Seen, r.c)
          a.res = nil a.na = 0 a.cs = now
          agent_state(r.g, a, 'oncall', '')
          putj(@Agents, r.g, a)
          stat(c.l, 'answered:' .. @Day, 1)
          emit(res .. ':answered', 'call.answered', r.c, {'counselor', r.g, 'language', r.l, 'reservation', res, 'waited', fmt(now - c.a)})
          return done({o = 'accepted', c = r.c, g = r.g, l = r.l, gl = {}})
        end
        local lang, a = undo(res, r, action, cfg)
        local gl = {}
        if a then gl = langs_of(a) end
        return done({o = action, c = r.c, g = r.g, l = lang or '', gl = gl})
        """;
}
