--[[
  A waiting caller (CallSid) asks to be called back on Number: they leave the line (queue.left, reason callback) and a
  callback under CallbackId takes their place, keeping their language, priority class, arrival, tags, team and
  overflow, so it is served before everyone who arrived after them. With NotBefore (ms) in the future it stays out
  of line until then (asked close to closing time: the next opening). A reserved or connected caller is refused.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op, Callbacks
  ARGV: Now, OpId, OpTtl, Config, CallSid, CallbackId, Number, NotBefore
  Returns: JSON {o requested|already|refused|none, id, st, l, n, oc, a arrival ms, rq requested ms, tr attempts,
    nb not before ms, g counselor, gl languages to match}
]]
--- @include "call_end"
--- @include "callbacks"
--- @include "callers"
--- @include "clock"
--- @include "config"
--- @include "events"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local cfg = load_config()
local sid = @CallSid
local id = @CallbackId
local c = getj(@Callers, sid)
if not c then
  local known = getj(@Callers, id)
  if known and known.k then return done(cb_answer('already', id, known)) end
  return done({o = 'none', st = 'none'})
end
if c.st ~= 'waiting' or c.k then return done({o = 'refused', st = c.st}) end
-- Leaving with reason callback is not abandoning: no day's counter is touched.
caller_leave(sid, c, 'callback', cfg, '', '')
local cb = {k = 'cb', l = c.l, p = c.p, a = c.a, t = c.t, o = c.o, tm = c.tm, te = c.te, oc = sid, n = @Number, rq = now, tr = 0}
redis.call('ZADD', @Callbacks, 0, cb_member(id, cb))
local nb = tonumber(@NotBefore)
local rule = cfg.l[cb.l]
if nb > now then
  cb_schedule(id, cb, nb)
else
  queue_add(id, cb)
  if rule then caller_timer(id, cb, rule) end
end
putj(@Callers, id, cb)
emit(opid .. ':callback', 'callback.requested', id,
  {'original', sid, 'language', cb.l, 'priority', cb.p, 'notBefore', (cb.nb and fmt(cb.nb)) or ''})
local gl = {}
if cb.st == 'waiting' then gl = {cb.l} end
return done(cb_answer('requested', id, cb, gl))
