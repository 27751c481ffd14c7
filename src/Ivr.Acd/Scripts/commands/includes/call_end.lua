--[[
  A call ending and a caller leaving: the counselor goes into wrap-up (or is ready at once when the limit is zero), a
  consulted counselor is freed, whatever the caller held is released.
]]
--- @include "agents"
--- @include "callers"
--- @include "clock"
--- @include "events"
--- @include "operation"
--- @include "records"
--- @include "reservations"
--- @include "stats"
-- Wrap-up is over: the handle-time average of the call's language takes the call in, the counselor is ready.
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
        make_available(r.g, a, cfg.rl or 0, false, 'caller-left')
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
