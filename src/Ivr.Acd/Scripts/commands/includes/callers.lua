--[[
  Caller records (KEYS: Callers, JSON by CallSid) and the queue index (KEYS: Queue): one sorted set, every score 0,
  ordered by member text
    lang|class|arrival|CallSid    class: 9 - priority (0 first), arrival: 15 digits of milliseconds
  so the head of each priority class of a language is the first member of one lexicographic range, and a caller put
  back keeps their place. A caller steered to a team is also in the index as lang#team|class|arrival|CallSid, the
  range that team's counselors are matched from first; no lang| range ever includes those members. Callers who
  accept overflow are also in KEYS: Overflow under the same lang| member.
  Record fields (short: there is one record per caller, read by every decision):
    l    language                  p    priority 0-9          a    arrival (ms)
    t    tags                      o    accepts overflow      st   state: waiting, reserved, connected
    res  the reservation ringing a counselor for them         ag   the counselor reserved for or on the call
    cg   the counselor consulted on the call                  tm   the team steered to (a tag)
    te   until when (ms) only that team's counselors take them
    k    'cb' for a callback (its own fields: includes/callbacks.lua)
  Counted in lang:waiting while waiting (callbacks: lang:callbacks instead).
]]
--- @include "clock"
--- @include "stats"
local function qmember(sid, c) return c.l .. '|' .. (9 - c.p) .. '|' .. pad(c.a) .. '|' .. sid end
local function tmember(sid, c) return c.l .. '#' .. c.tm .. '|' .. (9 - c.p) .. '|' .. pad(c.a) .. '|' .. sid end
-- The counter of those in line: callers, or callbacks.
local function waiting_field(c) if c.k then return 'callbacks' end return 'waiting' end
local function queue_add(sid, c)
  local m = qmember(sid, c)
  redis.call('ZADD', @Queue, 0, m)
  if c.tm then redis.call('ZADD', @Queue, 0, tmember(sid, c)) end
  if c.o then redis.call('ZADD', @Overflow, 0, m) end
  stat(c.l, waiting_field(c), 1)
  c.st = 'waiting'
end
local function queue_rem(sid, c)
  if c.st ~= 'waiting' then return end
  local m = qmember(sid, c)
  redis.call('ZREM', @Queue, m)
  if c.tm then redis.call('ZREM', @Queue, tmember(sid, c)) end
  redis.call('ZREM', @Overflow, m)
  redis.call('ZREM', @CallerTimers, sid)
  stat(c.l, waiting_field(c), -1)
end
-- What a tag gives a caller under the rule: a higher priority class, and the first team it names (steered to
-- that team within the team's window from arrival).
local function apply_tag(c, tag, rule)
  local tp = rule.prio[tag]
  if tp and tp > c.p then c.p = math.min(9, tp) end
  local window = rule.teams and rule.teams[tag]
  if window and not c.tm then c.tm = tag c.te = c.a + window end
end
-- The caller's next rule moment (KEYS: CallerTimers): a proficiency step, overflow, the team window's end, maxwait
-- (never for a callback: no live call is behind it).
local function caller_timer(sid, c, rule)
  local wait = now - c.a
  local nxt = nil
  local function consider(t) if t > wait and (nxt == nil or t < nxt) then nxt = t end end
  for i = 1, #rule.steps do consider(rule.steps[i][1]) end
  if c.o and rule.ovf then consider(rule.ovf.a) end
  if c.tm then consider(c.te - c.a) end
  local maxwait = rule.maxwait
  if c.k then maxwait = 0 end
  if maxwait > 0 then consider(maxwait) end
  -- A caller put back after their maximum wait passed (e.g. while reserved) is due at once.
  if maxwait > 0 and wait >= maxwait then nxt = wait end
  if nxt then redis.call('ZADD', @CallerTimers, c.a + nxt, sid) else redis.call('ZREM', @CallerTimers, sid) end
end
local function position(sid, c)
  return redis.call('ZLEXCOUNT', @Queue, '[' .. c.l .. '|', '(' .. qmember(sid, c)) + 1
end
