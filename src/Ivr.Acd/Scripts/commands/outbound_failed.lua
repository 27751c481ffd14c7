--[[
  An outbound call (CallSid) that reached nobody: the counselor did not answer their own ring, or the number was busy,
  not answered or failed (Reason). The call ends and the counselor is available again at once, without wrap-up (nobody
  was spoken to; the time is not a call's handle time); a counselor consulted meanwhile is freed too.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, CallSid, Reason
  Returns: JSON {o failed|none, g counselor, st their state, gl languages to match}
]]
--- @include "agents"
--- @include "call_end"
--- @include "events"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local sid = @CallSid
local c = getj(@Callers, sid)
if not (c and c.o == 'out' and c.st == 'connected') then return done({o = 'none', gl = {}}) end
local id = c.ag
local a = getj(@Agents, id)
if a and a.call == sid and a.st == 'oncall' then
  a.cs = nil
  make_available(id, a, 0, true, 'outbound-' .. @Reason)
  putj(@Agents, id, a)
else
  a = nil
end
local b = consult_release(sid, c)
redis.call('HDEL', @Callers, sid)
emit(opid .. ':' .. sid .. ':failed', 'outbound.failed', sid, {'counselor', id, 'reason', @Reason})
local gl = {}
if a and a.ix then gl = langs_of(a) end
if b and b.ix then for _, l in ipairs(langs_of(b)) do gl[#gl + 1] = l end end
return done({o = 'failed', g = id, st = (a and a.st) or '', gl = gl})
