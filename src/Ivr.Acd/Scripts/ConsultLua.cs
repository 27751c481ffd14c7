namespace Ivr.Acd.Scripts;

/// <summary>
/// Warm transfer. start: reserve a named counselor (@Reason, reservation id @Data) to consult on a connected call;
/// answer (@Id = reservation): they are on the call too; complete (@Id = call): the first counselor leaves into
/// wrap-up and the consulted one keeps the caller; end (@Id = call, @Reason = counselor): the consult is over
/// without a hand-over and the consulted counselor is available again.
/// </summary>
internal static class ConsultLua
{
    public const string Body = """
        local g = guard()
        if g then return g end
        local cfg = cjson.decode(@Config)
        local action = @Action
        if action == 'answer' then
          local res = @Id
          local r = getj(@Reservations, res)
          if not r or r.k ~= 'consult' then return done({o = 'gone'}) end
          release_reservation(res)
          local b = getj(@Agents, r.g)
          if not (b and b.res == res) then return done({o = 'gone'}) end
          local c = getj(@Callers, r.c)
          if not (c and c.st == 'connected' and c.cg == r.g) then
            make_available(r.g, b, 0, false, 'caller-left')
            putj(@Agents, r.g, b)
            return done({o = 'gone', gl = add_langs({}, b)})
          end
          b.res = nil b.na = 0 b.cs = now
          agent_state(r.g, b, 'oncall', 'consult')
          putj(@Agents, r.g, b)
          return done({o = 'answered', c = r.c, b = r.g, gl = {}})
        end
        local sid = @Id
        local c = getj(@Callers, sid)
        if action == 'end' then
          local target = @Reason
          if c and c.ag == target then return done({o = 'none', gl = {}}) end
          local holder = c
          if not (c and c.cg == target) then holder = {cg = target} end
          local b = consult_release(sid, holder)
          if c and holder == c then putj(@Callers, sid, c) end
          if not b then return done({o = 'none', gl = {}}) end
          return done({o = 'ended', gl = add_langs({}, b)})
        end
        if not c or c.st ~= 'connected' then return done({o = 'none'}) end
        local b = consulting(sid, c)
        if action == 'start' then
          if b then return done({o = 'consulting'}) end
          local target = @Reason
          if target == c.ag then return done({o = 'unavailable'}) end
          local res = @Data
          local deadline = now + tonumber(@Timeout)
          local reserved, why = reserve_named(target, sid, res, c.l, 'consult', deadline)
          if not reserved then return done({o = why}) end
          c.cg = target
          putj(@Callers, sid, c)
          return done({o = 'reserved', r = res, b = target, l = c.l, d = deadline})
        end
        -- complete
        if not b then return done({o = 'noconsult'}) end
        if b.st ~= 'oncall' then return done({o = 'notanswered'}) end
        local from = c.ag
        local a = counselor_leaves(from, sid, c, cfg, 'transfer')
        c.ag = c.cg c.cg = nil
        putj(@Callers, sid, c)
        emit(opid .. ':transferred', 'call.transferred', sid, {'to', c.ag, 'from', c.l, 'counselor', from or ''})
        return done({o = 'handed', g = from or '', b = c.ag, gl = add_langs({}, a)})
        """;
}
