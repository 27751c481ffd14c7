--[[
  The counselor's Answer to a reservation: accept connects (for a callback: the server dials the number now); reject
  and noanswer put the caller (or callback) back.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op, Callbacks
  ARGV: Now, OpId, OpTtl, Config, ReservationId, Answer, Day
  Returns: JSON {o accepted|reject|noanswer|gone, c CallSid, g counselor, l language, gl languages to match}
]]
--- @include "agents"
--- @include "callbacks"
--- @include "clock"
--- @include "config"
--- @include "events"
--- @include "operation"
--- @include "records"
--- @include "reservations"
--- @include "stats"
--- @include "undo"
local g = guard()
if g then return g end
local cfg = load_config()
local res = @ReservationId
local action = @Answer
local r = getj(@Reservations, res)
if not r then return done({o = 'gone'}) end
if action == 'accept' then
  release_reservation(res)
  local c = getj(@Callers, r.c)
  local a = getj(@Agents, r.g)
  if c.k then
    cb_dial(res, r, c, a, cfg)
    return done({o = 'accepted', c = r.c, g = r.g, l = r.l, gl = {}})
  end
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
