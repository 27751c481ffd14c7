--[[
  Warm transfer, step two (CallSid): the first counselor leaves into wrap-up and the consulted one keeps the caller.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, Config, CallSid
  Returns: JSON {o handed|none|noconsult|notanswered, g the counselor who left, b the one who keeps the caller,
    gl languages to match}
]]
--- @include "call_end"
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
local b = consulting(sid, c)
if not b then return done({o = 'noconsult'}) end
if b.st ~= 'oncall' then return done({o = 'notanswered'}) end
local from = c.ag
local a = counselor_leaves(from, sid, c, cfg, 'transfer')
c.ag = c.cg c.cg = nil
putj(@Callers, sid, c)
emit(opid .. ':transferred', 'call.transferred', sid, {'to', c.ag, 'from', c.l, 'counselor', from or ''})
return done({o = 'handed', g = from or '', b = c.ag, gl = add_langs({}, a)})
