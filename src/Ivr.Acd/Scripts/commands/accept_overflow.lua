--[[
  The caller agrees to be served in their language's overflow language (e.g. a Vietnamese caller who pressed the
  key to speak to a counselor in English): they keep their place in their own line and, from the rule's overflow
  wait after their arrival, the overflow language's counselors may take them too. Only a waiting caller can; a
  language without an overflow rule answers 'nooverflow'.
  KEYS: Callers, Queue, Overflow, Idle, CallerTimers, Stats, Events, Op
  ARGV: Now, Config, OpId, OpTtl, CallSid
  Returns: JSON {o accepted|already|nooverflow|none, st state, l language, pos position, ewt expected wait ms, w waited ms}
]]
--- @include "callers"
--- @include "clock"
--- @include "config"
--- @include "events"
--- @include "expected_wait"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local cfg = load_config()
local sid = @CallSid
local c = getj(@Callers, sid)
if not c or c.st ~= 'waiting' then return done({o = 'none', st = (c and c.st) or 'none'}) end
local rule = cfg.l[c.l]
if not rule or not rule.ovf then return done({o = 'nooverflow', st = c.st, l = c.l}) end
if c.o then return done({o = 'already', st = c.st, l = c.l}) end
queue_rem(sid, c)
c.o = true
queue_add(sid, c)
caller_timer(sid, c, rule)
putj(@Callers, sid, c)
emit(opid .. ':overflow-accepted', 'queue.overflow-accepted', sid, {'language', c.l, 'to', rule.ovf.l})
local pos = position(sid, c)
return done({o = 'accepted', st = c.st, l = c.l, pos = pos, ewt = ewt(c.l, pos, rule.aht or 0), w = now - c.a})
