--[[
  The counselor's leg ended before the caller reached them (the caller was still being moved into the conference):
  the caller goes back in line at their place (priority, original arrival, tags); the counselor leaves the call into
  wrap-up as after any call. Only while this counselor still has the caller.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, Config, CallSid, CounselorId
  Returns: JSON {o queued|none, g the counselor, l the language, gl languages to match}
]]
--- @include "call_end"
--- @include "clock"
--- @include "config"
--- @include "events"
--- @include "in_call"
--- @include "operation"
--- @include "records"
--- @include "undo"
local g = guard()
if g then return g end
local cfg = load_config()
local sid = @CallSid
local c = getj(@Callers, sid)
if not c or c.st ~= 'connected' or c.ag ~= @CounselorId then return done({o = 'none'}) end
local from = c.ag
local a = counselor_leaves(from, sid, c, cfg, 'caller-not-joined')
local b = consult_release(sid, c)
requeue(sid, c, cfg)
redis.call('ZADD', @Seen, now, sid)
emit(opid .. ':returned', 'queue.returned', sid, {'language', c.l, 'counselor', from})
return done({o = 'queued', g = from, l = c.l, gl = add_langs(add_langs({c.l}, a), b)})
