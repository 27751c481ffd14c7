--[[
  Blind transfer of a connected caller to a Language's queue: the caller goes back in line there with their priority
  and original arrival time; the first counselor leaves the call into wrap-up.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, Config, CallSid, Language, Rule
  Returns: JSON {o queued|none|consulting, g the counselor who left, l the language, gl languages to match}
]]
--- @include "call_end"
--- @include "callers"
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
