--[[
  A connected call ended: the caller record goes, the counselor enters wrap-up. With a CounselorId (not empty), only
  their own call ends: a late callback from a counselor who transferred the caller changes nothing.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, Config, CallSid, CounselorId
  Returns: JSON {o ended|none, g the counselor, st their state now, gl languages to match}
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
if not c or c.st ~= 'connected' then return done({o = 'none'}) end
if @CounselorId ~= '' and c.ag ~= @CounselorId then return done({o = 'none'}) end
local a, b = call_end(sid, c, cfg)
local gl = {}
if a and a.ix then gl = langs_of(a) end
if b and b.ix then for _, l in ipairs(langs_of(b)) do gl[#gl + 1] = l end end
return done({o = 'ended', g = c.ag, st = (a and a.st) or '', gl = gl})
