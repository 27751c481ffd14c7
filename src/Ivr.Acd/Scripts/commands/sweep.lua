--[[
  One batch (at most BatchSize of each kind) of due work: expired reservations, counselors whose wrap-up or delay
  ended, callers crossing a rule moment or their maximum wait, callbacks whose time came (back in line) or whose dial
  went unreported past its deadline (a failed attempt, expired), and callers whose heartbeat stopped. Callbacks have
  no maximum wait and no heartbeat. Each item is handled under the same atomicity as the explicit operation, so any
  number of instances may sweep at once.
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Seen, Stats, Events, Op, Callbacks
  ARGV: Now, OpId, OpTtl, Config, Day, BatchSize
  Returns: JSON {expired reservation ids, timedout {c CallSid, l language, o outcome}, lost CallSids,
    released counselor ids, dials {c callback id, g counselor; f, l, n, oc, tr when it was the last attempt} whose dial expired, langs languages to match, more (a
    batch was full)}
]]
--- @include "agents"
--- @include "call_end"
--- @include "callbacks"
--- @include "callers"
--- @include "clock"
--- @include "config"
--- @include "records"
--- @include "undo"
local cfg = load_config()
local day = @Day
local n = tonumber(@BatchSize)
local out = {expired = {}, timedout = {}, lost = {}, released = {}, dials = {}, langs = {}, more = false}
local langs = {}
local function touch_agent(a) if a and a.ix then for l, _ in pairs(a.sk) do langs[l] = true end end end
local function batch(key, max)
  local items = redis.call('ZRANGEBYSCORE', key, '-inf', max, 'LIMIT', 0, n)
  if #items >= n then out.more = true end
  return items
end
for _, res in ipairs(batch(@Deadlines, now)) do
  local r = getj(@Reservations, res)
  if r then
    local lang, a = undo(res, r, 'expired', cfg)
    if lang then langs[lang] = true end
    touch_agent(a)
    out.expired[#out.expired + 1] = res
  else
    redis.call('ZREM', @Deadlines, res)
  end
end
for _, id in ipairs(batch(@Timers, now)) do
  redis.call('ZREM', @Timers, id)
  local a = getj(@Agents, id)
  if a then
    if a.st == 'wrapup' then wrap_done(id, a, cfg)
    elseif a.st == 'available' then a.rdy = nil idle_add(id, a) end
    putj(@Agents, id, a)
    touch_agent(a)
    out.released[#out.released + 1] = id
  end
end
for _, sid in ipairs(batch(@CallerTimers, now)) do
  local c = getj(@Callers, sid)
  local rule = c and cfg.l[c.l]
  if c and c.k and c.st == 'scheduled' then
    if now >= c.nb then
      cb_due(sid, c, rule)
      putj(@Callers, sid, c)
      langs[c.l] = true
    else
      redis.call('ZADD', @CallerTimers, c.nb, sid)
    end
  elseif c and c.k and c.st == 'dialling' then
    if now >= c.dd then
      local g = c.ag or ''
      local a, ended = cb_attempt_failed(sid, c, 'expired', cfg, day)
      touch_agent(a)
      -- The last attempt: the number goes with it, so the server can make a task to call back by hand.
      out.dials[#out.dials + 1] = ended and {c = sid, g = g, f = true, l = c.l, n = c.n, oc = c.oc, tr = c.tr} or {c = sid, g = g}
    else
      redis.call('ZADD', @CallerTimers, c.dd, sid)
    end
  elseif not c or c.st ~= 'waiting' or not rule then
    redis.call('ZREM', @CallerTimers, sid)
  elseif rule.maxwait > 0 and now - c.a >= rule.maxwait and not c.k then
    touch_agent(caller_leave(sid, c, 'timeout', cfg, day, rule.outcome))
    out.timedout[#out.timedout + 1] = {c = sid, l = c.l, o = rule.outcome}
  else
    caller_timer(sid, c, rule)
    langs[c.l] = true
  end
end
if cfg.st > 0 then
  for _, sid in ipairs(batch(@Seen, now - cfg.st)) do
    local c = getj(@Callers, sid)
    redis.call('ZREM', @Seen, sid)
    if c and c.st ~= 'connected' then
      touch_agent(caller_leave(sid, c, 'lost', cfg, day, ''))
      out.lost[#out.lost + 1] = sid
    end
  end
end
for l, _ in pairs(langs) do out.langs[#out.langs + 1] = l end
return cjson.encode(out)
