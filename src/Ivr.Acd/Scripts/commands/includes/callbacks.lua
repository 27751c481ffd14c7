--[[
  Callbacks. A waiting caller who asks to be called back becomes a callback: a record of KEYS: Callers under its own
  id (cb-CallSid) with the caller's language, priority class, arrival, tags, team and overflow, so it stands in the
  same line (KEYS: Queue, Overflow) under the member the caller had, and is matched in the same order. Every callback
  not yet connected or ended is also in KEYS: Callbacks (every score 0, member lang|id): a language's callbacks are one
  range, for carrying them over at closing time.
  States (st): scheduled (out of line until nb; KEYS: CallerTimers at nb, when the sweep puts it back at its place),
  waiting (in line), reserved (a counselor is rung for it), dialling (the counselor accepted and the server dials the
  number; CallerTimers at dd), then connected (an ordinary connected call from then on: k goes, oc stays) or gone
  (failed after cfg.ma attempts, or cancelled).
  Record fields besides a caller's (includes/callers.lua):
    k   'cb'                           oc  the original CallSid           n   the number to dial (E.164)
    rq  requested at (ms)              tr  attempts made (dials)          lr  the last attempt's failure reason
    nb  not before (ms): out of line until then                           dd  the dial's deadline (ms)
    dc  once connected: the dialled CallSid (the outbound call)
  Counters (KEYS: Stats): lang:callbacks (in line), lang:scheduled (waiting for their time), lang:cbconnected:day,
  lang:cbfailed:day.
]]
--- @include "agents"
--- @include "callers"
--- @include "clock"
--- @include "events"
--- @include "operation"
--- @include "records"
--- @include "reservations"
--- @include "stats"
local function cb_member(id, c) return c.l .. '|' .. id end
-- Out of line until nb (from the line, a failed dial or a new request); the sweep puts it back at its place then.
local function cb_schedule(id, c, nb)
  if c.st == 'waiting' then queue_rem(id, c) end
  if c.st ~= 'scheduled' then stat(c.l, 'scheduled', 1) end
  c.st = 'scheduled' c.nb = nb
  redis.call('ZADD', @CallerTimers, nb, id)
end
-- A scheduled callback whose time came is back in line at the place its original arrival gives it.
local function cb_due(id, c, rule)
  stat(c.l, 'scheduled', -1)
  queue_add(id, c)
  if rule then caller_timer(id, c, rule) else redis.call('ZREM', @CallerTimers, id) end
end
-- The counselor a callback holds is freed: one being rung for it once their ring is stopped (cfg.rl, as when a
-- caller hangs up), one dialling it at once and without wrap-up (nobody was spoken to). Returns their record.
local function cb_release(id, c, cfg, reason)
  local g = c.ag
  local a = g and getj(@Agents, g)
  if c.st == 'reserved' then
    release_reservation(c.res)
    if not (a and a.res == c.res) then a = nil end
    if a then make_available(g, a, cfg.rl or 0, false, reason) end
  elseif c.st == 'dialling' then
    if not (a and a.call == id and a.st == 'oncall') then a = nil end
    if a then a.cs = nil make_available(g, a, 0, true, reason) end
  else
    a = nil
  end
  if a then putj(@Agents, g, a) end
  c.res = nil c.ag = nil
  return a
end
-- The callback leaves the engine (failed or cancelled).
local function cb_remove(id, c)
  queue_rem(id, c)
  if c.st == 'scheduled' then stat(c.l, 'scheduled', -1) end
  redis.call('ZREM', @CallerTimers, id)
  redis.call('ZREM', @Callbacks, cb_member(id, c))
  redis.call('HDEL', @Callers, id)
end
-- The counselor accepted the callback's reservation (res, r): they are on the phone while the server dials the
-- number, until the dial is reported connected or failed, or its deadline passes.
local function cb_dial(res, r, c, a, cfg)
  c.st = 'dialling' c.res = nil c.dd = now + cfg.dt
  redis.call('ZADD', @CallerTimers, c.dd, r.c)
  putj(@Callers, r.c, c)
  a.res = nil a.na = 0 a.cs = now
  agent_state(r.g, a, 'oncall', 'callback')
  putj(@Agents, r.g, a)
  emit(res .. ':dialling', 'callback.dialling', r.c,
    {'original', c.oc, 'counselor', r.g, 'language', r.l, 'reservation', res, 'attempt', (c.tr or 0) + 1})
end
-- A dial failed (no-answer, busy, no-key, failed, expired): the counselor is available again at once; the callback
-- waits cfg.ri out of line and then stands at its original place again, or ends as failed after cfg.ma attempts.
-- Returns the counselor's record (when freed) and whether the callback ended.
local function cb_attempt_failed(id, c, reason, cfg, day)
  local g = c.ag
  local a = cb_release(id, c, cfg, 'callback-' .. reason)
  c.tr = (c.tr or 0) + 1 c.lr = reason c.dd = nil
  local ended = c.tr >= cfg.ma
  local nxt = ''
  if ended then
    cb_remove(id, c)
    stat(c.l, 'cbfailed:' .. day, 1)
  else
    cb_schedule(id, c, now + cfg.ri)
    putj(@Callers, id, c)
    nxt = fmt(c.nb)
  end
  emit(opid .. ':' .. id .. ':attempt', 'callback.attempt-failed', id,
    {'original', c.oc, 'counselor', g or '', 'reason', reason, 'attempt', c.tr, 'next', nxt})
  if ended then
    emit(opid .. ':' .. id .. ':failed', 'callback.failed', id, {'original', c.oc, 'language', c.l, 'attempts', c.tr, 'reason', reason})
  end
  return a, ended
end
-- What the callback scripts answer about a callback (o the outcome, gl languages to match).
local function cb_answer(o, id, c, gl)
  return {o = o, id = id, st = c.st, l = c.l, n = c.n, oc = c.oc, a = c.a, rq = c.rq, tr = c.tr or 0, nb = c.nb or 0,
    g = c.ag or '', gl = gl or {}}
end
