--[[
  Blind transfer of a connected caller to a named counselor (CounselorId): they are reserved for the caller under
  ReservationId for Timeout ms and rung as after a match; should they not answer, the caller waits in line. The first
  counselor leaves the call into wrap-up.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, Config, CallSid, CounselorId, ReservationId, Timeout
  Returns: JSON {o reserved|none|consulting|unavailable|unknown, g the counselor who left, r reservation id,
    b the counselor reserved, l language, d deadline ms, gl languages to match}
]]
--- @include "call_end"
--- @include "clock"
--- @include "config"
--- @include "events"
--- @include "in_call"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local cfg = load_config()
local sid = @CallSid
local c = getj(@Callers, sid)
if not c or c.st ~= 'connected' then return done({o = 'none'}) end
if consulting(sid, c) then return done({o = 'consulting'}) end
local from = c.ag
local old = c.l
local target = @CounselorId
if target == from then return done({o = 'unavailable'}) end
local res = @ReservationId
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
