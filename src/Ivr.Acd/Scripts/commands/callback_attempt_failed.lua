--[[
  A callback's dial (CallbackId) failed for Reason (no-answer, busy, no-key, failed): the counselor is available again
  at once (no wrap-up: nobody was spoken to); the callback waits the retry interval (cfg.ri) out of line and then
  stands at its original place again, or, at its cfg.ma-th attempt, ends as failed.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Stats, Events, Op, Callbacks
  ARGV: Now, OpId, OpTtl, Config, CallbackId, Reason, Day
  Returns: JSON {o retry|failed|none, id, st, l, n, oc, a, rq, tr attempts, nb not before ms, g, gl languages to match}
    (failed: id, st none, l, n, oc, tr, gl: the number, so the server can make a task to call back by hand)
]]
--- @include "agents"
--- @include "callbacks"
--- @include "config"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local cfg = load_config()
local id = @CallbackId
local c = getj(@Callers, id)
if not (c and c.k and c.st == 'dialling') then return done({o = 'none', st = (c and c.st) or 'none'}) end
local a, ended = cb_attempt_failed(id, c, @Reason, cfg, @Day)
local gl = {}
if a and a.ix then gl = langs_of(a) end
if ended then return done({o = 'failed', id = id, st = 'none', l = c.l, n = c.n, oc = c.oc, tr = c.tr, gl = gl}) end
return done(cb_answer('retry', id, c, gl))
