--[[
  Counselor presence. Action: available (sign-in, end of break or of Missed), wrapdone (ready after wrap-up), break
  (Reason: why), signout (a pending reservation is undone and its caller goes back in line).
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, Config, CounselorId, Action, Reason
  Returns: JSON {o ok|refused|unknown, st their state, gl languages to match, l a language with a caller put back}
]]
--- @include "agents"
--- @include "call_end"
--- @include "config"
--- @include "events"
--- @include "operation"
--- @include "records"
--- @include "reservations"
--- @include "undo"
local g = guard()
if g then return g end
local cfg = load_config()
local id = @CounselorId
local action = @Action
local reason = @Reason
local a = getj(@Agents, id)
if not a then return done({o = 'unknown', st = 'none', gl = {}}) end
-- A value longer than hash-max-listpack-value (64) turns the counters into a real hash table, so the
-- ~160 per-language fields are found by hash instead of a linear listpack scan in every routing decision.
redis.call('HSETNX', @Stats, '~layout', 'one counter per language and state; this long value keeps the counters a hash table')
local busy = a.st == 'reserved' or a.st == 'oncall'
if action == 'available' then
  if busy then return done({o = 'refused', st = a.st, gl = {}}) end
  if a.st == 'wrapup' then wrap_done(id, a, cfg)
  elseif a.st ~= 'available' then a.na = 0 make_available(id, a, 0, true, reason) end
elseif action == 'wrapdone' then
  if a.st ~= 'wrapup' then return done({o = 'refused', st = a.st, gl = {}}) end
  wrap_done(id, a, cfg)
elseif action == 'break' then
  if busy then return done({o = 'refused', st = a.st, gl = {}}) end
  idle_rem(id, a)
  redis.call('ZREM', @Timers, id)
  a.br = reason a.rdy = nil a.we = nil
  agent_state(id, a, 'break', reason)
elseif action == 'signout' then
  if a.st == 'oncall' then return done({o = 'refused', st = a.st, gl = {}}) end
  local lang = nil
  if a.st == 'reserved' and a.res then
    local res = a.res
    local r = getj(@Reservations, res)
    release_reservation(res)
    if r then
      local c = getj(@Callers, r.c)
      if c and c.st == 'reserved' and c.res == res then requeue(r.c, c, cfg) lang = c.l end
      emit(res .. ':signout', 'queue.missed', r.c, {'counselor', id, 'reservation', res, 'reason', 'signout'})
    end
  end
  idle_rem(id, a)
  redis.call('ZREM', @Timers, id)
  a.res = nil a.call = nil a.rdy = nil a.we = nil a.br = nil
  agent_state(id, a, 'offline', reason)
  putj(@Agents, id, a)
  return done({o = 'ok', st = a.st, gl = {}, l = lang or ''})
end
putj(@Agents, id, a)
local gl = {}
if a.ix then gl = langs_of(a) end
return done({o = 'ok', st = a.st, gl = gl})
