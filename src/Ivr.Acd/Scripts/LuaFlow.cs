namespace Ivr.Acd.Scripts;

/// <summary>The transitions shared by several scripts: reserve, undo a reservation, end a call, finish wrap-up, leave.</summary>
internal static class LuaFlow
{
    public const string Text = """
        local function release_reservation(res)
          redis.call('ZREM', @Deadlines, res)
          redis.call('HDEL', @Reservations, res)
        end
        local function requeue(sid, c, cfg)
          c.res = nil c.ag = nil
          queue_add(sid, c)
          local rule = cfg.l[c.l]
          if rule then caller_timer(sid, c, rule) end
          putj(@Callers, sid, c)
        end
        -- Undoes a reservation that was not answered; returns the caller's language and the counselor if routable now.
        local function undo(res, r, outcome, cfg)
          release_reservation(res)
          local lang = nil
          local c = getj(@Callers, r.c)
          if c and c.st == 'reserved' and c.res == res then requeue(r.c, c, cfg) lang = c.l end
          local a = getj(@Agents, r.g)
          if a and a.res == res then
            if outcome == 'reject' then
              make_available(r.g, a, cfg.rd, false, outcome)
            else
              a.na = (a.na or 0) + 1
              if a.na >= cfg.mn then
                idle_rem(r.g, a) a.res = nil a.call = nil
                agent_state(r.g, a, 'missed', outcome)
              else
                make_available(r.g, a, cfg.nd, false, outcome)
              end
            end
            putj(@Agents, r.g, a)
          end
          local typ = 'queue.missed'
          if outcome == 'reject' then typ = 'queue.rejected' end
          emit(res .. ':' .. outcome, typ, r.c, {'counselor', r.g, 'reservation', res, 'reason', outcome})
          if a and a.ix then return lang, a end
          return lang, nil
        end
        local function wrap_done(id, a, cfg)
          local lang = a.cl
          if lang and a.cs then
            local rule = cfg.l[lang]
            local old = tonumber(redis.call('HGET', @Stats, lang .. ':aht')) or (rule and rule.aht) or 0
            redis.call('HSET', @Stats, lang .. ':aht', fmt((3 * old + (now - a.cs)) / 4))
          end
          emit(opid .. ':' .. id .. ':wrapped', 'call.wrapped-up', a.lc or '', {'counselor', id})
          a.cl = nil a.cs = nil a.lc = nil
          make_available(id, a, 0, true, 'ready')
        end
        -- The counselor on a connected call leaves it (call ended, transferred, handed over): wrap-up, or ready at
        -- once when the limit is zero. Returns the counselor's record, or nil when they were not on this call.
        local function counselor_leaves(id, sid, c, cfg, reason)
          local a = getj(@Agents, id)
          if not (a and a.call == sid and a.st == 'oncall') then return nil end
          local rule = cfg.l[c.l]
          local wrap = a.wl
          if wrap == nil or wrap < 0 then wrap = (rule and rule.wrap) or 0 end
          a.cl = c.l a.lc = sid
          if wrap > 0 then
            agent_state(id, a, 'wrapup', reason)
            a.call = nil a.we = now + wrap
            redis.call('ZADD', @Timers, a.we, id)
          else
            wrap_done(id, a, cfg)
          end
          putj(@Agents, id, a)
          return a
        end
        -- A counselor consulted on the caller's call (being rung, or talking to the first counselor) is freed.
        local function consult_release(sid, c)
          local id = c.cg
          c.cg = nil
          if not id then return nil end
          local b = getj(@Agents, id)
          if not (b and b.call == sid and (b.st == 'reserved' or b.st == 'oncall')) then return nil end
          if b.st == 'reserved' and b.res then release_reservation(b.res) end
          make_available(id, b, 0, b.st == 'oncall', 'consult-ended')
          putj(@Agents, id, b)
          return b
        end
        -- A connected call ended: the counselor enters wrap-up (or is ready at once when the limit is zero).
        local function call_end(sid, c, cfg)
          local duration = 0
          local before = getj(@Agents, c.ag)
          if before and before.call == sid and before.st == 'oncall' then duration = now - (before.cs or now) end
          local a = counselor_leaves(c.ag, sid, c, cfg, '')
          local b = consult_release(sid, c)
          redis.call('HDEL', @Callers, sid)
          emit(opid .. ':ended', 'call.ended', sid, {'counselor', c.ag or '', 'language', c.l, 'duration', fmt(duration)})
          return a, b
        end
        -- The caller left (hang-up, timeout, lost): frees whatever they held; returns a counselor made routable.
        local function caller_leave(sid, c, reason, cfg, day, outcome)
          local freed = nil
          redis.call('ZREM', @Seen, sid)
          redis.call('ZREM', @CallerTimers, sid)
          if c.st == 'connected' then
            local _, b = call_end(sid, c, cfg)
            return b
          end
          if c.st == 'waiting' then queue_rem(sid, c) end
          if c.st == 'reserved' then
            local r = getj(@Reservations, c.res)
            release_reservation(c.res)
            if r then
              local a = getj(@Agents, r.g)
              if a and a.res == c.res then
                make_available(r.g, a, 0, false, 'caller-left')
                putj(@Agents, r.g, a)
                freed = a
              end
            end
          end
          redis.call('HDEL', @Callers, sid)
          if reason == 'hangup' or reason == 'lost' then stat(c.l, 'abandoned:' .. day, 1) end
          emit(opid .. ':left', 'queue.left', sid, {'language', c.l, 'reason', reason, 'outcome', outcome or '', 'waited', fmt(now - c.a)})
          return freed
        end

        """;
}
