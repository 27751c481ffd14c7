--[[
  The consult on a call (CallSid) ended without a hand-over (cancelled, or the consulted counselor's leg ended): the
  consulted counselor (CounselorId) is available again. Does nothing once they took the call over.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, CallSid, CounselorId
  Returns: JSON {o ended|none, gl languages to match}
]]
--- @include "call_end"
--- @include "in_call"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local sid = @CallSid
local c = getj(@Callers, sid)
local target = @CounselorId
if c and c.ag == target then return done({o = 'none', gl = {}}) end
local holder = c
if not (c and c.cg == target) then holder = {cg = target} end
local b = consult_release(sid, holder)
if c and holder == c then putj(@Callers, sid, c) end
if not b then return done({o = 'none', gl = {}}) end
return done({o = 'ended', gl = add_langs({}, b)})
