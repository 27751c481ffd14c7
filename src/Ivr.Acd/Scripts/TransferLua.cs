namespace Ivr.Acd.Scripts;

/// <summary>
/// Blind transfer of a connected caller. To a language (@Language, @Rule): the caller goes back in line there with
/// their priority and original arrival time. To a named counselor (@Reason, reservation id @Data): that counselor
/// is reserved for the caller and rung as after a match; should they not answer, the caller waits in line. Either
/// way the first counselor leaves the call into wrap-up.
/// </summary>
internal static class TransferLua
{
    public const string Body = """
        local g = guard()
        if g then return g end
        local cfg = cjson.decode(@Config)
        local sid = @Id
        local c = getj(@Callers, sid)
        if not c or c.st ~= 'connected' then return done({o = 'none'}) end
        if consulting(sid, c) then return done({o = 'consulting'}) end
        local from = c.ag
        local old = c.l
        if @Action == 'language' then
          local lang = @Language
          local rule = cjson.decode(@Rule)
          local a = counselor_leaves(from, sid, c, cfg, 'transfer')
          c.l = lang c.ag = nil c.cg = nil
          c.o = (c.o and rule.ovf ~= nil) or false
          queue_add(sid, c)
          caller_timer(sid, c, rule)
          putj(@Callers, sid, c)
          redis.call('ZADD', @Seen, now, sid)
          emit(opid .. ':transferred', 'call.transferred', sid, {'to', lang, 'from', old, 'counselor', from or ''})
          return done({o = 'queued', g = from or '', l = lang, gl = add_langs({lang}, a)})
        end
        local target = @Reason
        if target == from then return done({o = 'unavailable'}) end
        local res = @Data
        local deadline = now + tonumber(@Timeout)
        local b, why = reserve_named(target, sid, res, c.l, 'transfer', deadline)
        if not b then return done({o = why}) end
        local a = counselor_leaves(from, sid, c, cfg, 'transfer')
        c.st = 'reserved' c.res = res c.ag = target c.cg = nil
        putj(@Callers, sid, c)
        redis.call('ZADD', @Seen, now, sid)
        emit(res .. ':reserved', 'queue.reserved', sid, {'counselor', target, 'language', c.l, 'reservation', res, 'deadline', fmt(deadline)})
        emit(opid .. ':transferred', 'call.transferred', sid, {'to', target, 'from', old, 'counselor', from or ''})
        return done({o = 'reserved', g = from or '', r = res, b = target, l = c.l, d = deadline, gl = add_langs({}, a)})
        """;
}
