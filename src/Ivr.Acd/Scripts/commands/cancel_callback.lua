--[[
  A callback (CallbackId) is cancelled for Reason (by operations, or the caller phoned again and got through) in any
  state before it is connected; a counselor rung for it or dialling it is freed.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Stats, Events, Op, Callbacks
  ARGV: Now, OpId, OpTtl, Config, CallbackId, Reason
  Returns: JSON {o cancelled|none, id, st, l, n, oc, a, rq, tr, nb, g: the callback as it stood when cancelled (the
    server stops the ring or the dial of counselor g), gl languages to match}
]]
--- @include "agents"
--- @include "callbacks"
--- @include "config"
--- @include "events"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local cfg = load_config()
local id = @CallbackId
local c = getj(@Callers, id)
if not (c and c.k) then return done({o = 'none', st = 'none'}) end
local before = cb_answer('cancelled', id, c)
local a = cb_release(id, c, cfg, 'callback-cancelled')
cb_remove(id, c)
emit(opid .. ':' .. id .. ':cancelled', 'callback.cancelled', id,
  {'original', c.oc, 'language', c.l, 'reason', @Reason, 'state', before.st, 'counselor', before.g})
if a and a.ix then before.gl = langs_of(a) end
return done(before)
