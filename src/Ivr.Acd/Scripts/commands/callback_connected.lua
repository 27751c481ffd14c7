--[[
  The dialled caller of a callback (CallbackId) answered and pressed the key: counselor and caller are on a call. From
  here on it is an ordinary connected call under the callback's id (transfers, consults, call_ended and wrap-up as
  for any call); the record keeps oc, the original CallSid, and dc, the DialledCallSid (the outbound call: what Twilio
  knows the call by).
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Stats, Events, Op, Callbacks
  ARGV: Now, OpId, OpTtl, CallbackId, DialledCallSid, Day
  Returns: JSON {o connected|none, id, st, l, n, oc, a, rq, tr attempts, nb, g counselor, gl no languages}
]]
--- @include "callbacks"
--- @include "clock"
--- @include "events"
--- @include "operation"
--- @include "records"
--- @include "stats"
local g = guard()
if g then return g end
local id = @CallbackId
local c = getj(@Callers, id)
if not (c and c.k and c.st == 'dialling') then return done({o = 'none', st = (c and c.st) or 'none'}) end
redis.call('ZREM', @Callbacks, cb_member(id, c))
redis.call('ZREM', @CallerTimers, id)
c.st = 'connected' c.k = nil c.dd = nil c.tr = (c.tr or 0) + 1 c.dc = @DialledCallSid
putj(@Callers, id, c)
stat(c.l, 'cbconnected:' .. @Day, 1)
emit(opid .. ':' .. id .. ':connected', 'callback.connected', id,
  {'original', c.oc, 'counselor', c.ag or '', 'language', c.l, 'attempt', c.tr, 'dialled', @DialledCallSid, 'waited', fmt(now - c.a)})
return done(cb_answer('connected', id, c))
