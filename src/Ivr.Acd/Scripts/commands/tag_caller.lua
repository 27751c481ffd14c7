--[[
  The caller says something about themselves while in the engine (e.g. pressing 5 on hold: a victim of crime), so
  the Tag is added to them as if they had joined with it. A waiting caller goes back in line at the place the tag's
  priority class gives their original arrival time, and is steered to the tag's team (its counselors take them
  first; others wait for the team only within the window from arrival, so a caller who already waited longer is not
  held back); a caller already reserved or connected keeps their counselor and only carries the tag.
  KEYS: Callers, Queue, Overflow, Idle, CallerTimers, Stats, Events, Op
  ARGV: Now, Config, OpId, OpTtl, CallSid, Tag
  Returns: JSON {o tagged|already|none, st state, l language, pos position, ewt expected wait ms, w waited ms}
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
local tag = @Tag
local c = getj(@Callers, sid)
if not c then return done({o = 'none', st = 'none'}) end
local tags = {}
for _, t in ipairs(c.t or {}) do
  if t == tag then return done({o = 'already', st = c.st, l = c.l}) end
  tags[#tags + 1] = t
end
tags[#tags + 1] = tag
local rule = cfg.l[c.l]
if c.st == 'waiting' and rule then
  queue_rem(sid, c)
  apply_tag(c, tag, rule)
  c.t = tags
  queue_add(sid, c)
  caller_timer(sid, c, rule)
else
  c.t = tags
end
putj(@Callers, sid, c)
emit(opid .. ':tagged', 'queue.tagged', sid, {'language', c.l, 'tag', tag, 'priority', c.p})
local pos, e = 0, 0
if c.st == 'waiting' then
  pos = position(sid, c)
  e = ewt(c.l, pos, (rule and rule.aht) or 0)
end
return done({o = 'tagged', st = c.st, l = c.l, pos = pos, ewt = e, w = now - c.a})
