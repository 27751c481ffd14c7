--[[
  Warm transfer, step one: reserves a named counselor (CounselorId) under ReservationId for Timeout ms to consult on a
  connected call (CallSid); the caller stays connected.
  KEYS: Callers, Agents, Reservations, Deadlines, Idle, Timers, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, CallSid, CounselorId, ReservationId, Timeout
  Returns: JSON {o reserved|none|consulting|unavailable|unknown, r reservation id, b the counselor reserved,
    l language, d deadline ms}
]]
--- @include "clock"
--- @include "in_call"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local sid = @CallSid
local c = getj(@Callers, sid)
if not c or c.st ~= 'connected' then return done({o = 'none'}) end
if consulting(sid, c) then return done({o = 'consulting'}) end
local target = @CounselorId
if target == c.ag then return done({o = 'unavailable'}) end
local res = @ReservationId
local deadline = now + tonumber(@Timeout)
local reserved, why = reserve_named(target, sid, res, c.l, 'consult', deadline)
if not reserved then return done({o = why}) end
c.cg = target
putj(@Callers, sid, c)
return done({o = 'reserved', r = res, b = target, l = c.l, d = deadline})
