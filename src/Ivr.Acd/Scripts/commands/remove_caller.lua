--[[
  A caller left (hang-up or a Reason the server gives); a reserved counselor is freed at once. Not for a callback
  (cancel_callback): a callback id answers none.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, Config, CallSid, Reason, Day
  Returns: JSON {o removed|none, st the state they left from, l language, gl languages to match}
]]
--- @include "agents"
--- @include "call_end"
--- @include "config"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local cfg = load_config()
local sid = @CallSid
local c = getj(@Callers, sid)
if not c or c.k then return done({o = 'none'}) end
local prev = c.st
local freed = caller_leave(sid, c, @Reason, cfg, @Day, '')
local gl = {}
if freed and freed.ix then gl = langs_of(freed) end
return done({o = 'removed', st = prev, l = c.l, gl = gl})
