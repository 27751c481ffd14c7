--[[
  One routing decision for a Language: the head of each priority class, best class first, is offered the
  longest-idle counselor at the level its wait requires; failing that, overflow callers try the overflow language.
  Only class heads are looked at: later callers of a class waited less, so they need at least the same level.
  With team preferences, each team's own callers (the lang#team| ranges) are offered that team's longest-idle
  counselor first, the best class and longest wait across teams winning; then everyone else as above, passing over
  (not stopping at) a caller still in their team-only window while their team has someone signed in.
  This is the hot path, so it includes only what it needs (no operation guard, no records helpers), and batches its
  counter updates into one HMGET and one HSET. It needs no replay guard: every call brings a fresh ReservationId, so
  a retried decision is a new decision, and a reservation whose answer was lost expires at its deadline.
  The counselor's move to Reserved is carried by the queue.reserved event (it names the counselor).
  A counselor with a scheduled reservation (schedule.lua) is passed over, not dropped from the index, for a caller
  whose expected handling (the language's measured average handling time, else the rule's aht) would run into it.
  Rule: only steps, ovf, teams and aht (see includes/config.lua). Timeout: how long the counselor is rung (ms).
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Stats, Events
  ARGV: Now, ReservationId, Language, Rule, Timeout
  Returns: nil when nothing matches, else {reservation id, CallSid, counselor id, language served, language queued
    in, deadline ms, kind: cb for a callback (includes/callbacks.lua), else empty}
]]
--- @include "clock"
--- @include "events"
--- @include "idle_index"
--- @include "reservations"
local res = @ReservationId
local lang = @Language
local rule = cjson.decode(@Rule)
local function required_level(wait)
  local lvl = 1
  for i = 1, #rule.steps do if rule.steps[i][1] <= wait then lvl = rule.steps[i][2] end end
  return lvl
end
-- Lookups are remembered for the decision: hit[l][lvl] is the counselor found, miss[l] the lowest level at
-- which range l has no one idle, so no level at or above it is looked up again and a range with no one idle
-- ends its search at once (passing over a caller held for their team costs no second lookup either).
local hit, miss = {}, {}
-- The expected handling time (ms) of a call of a language: measured, else the rule's (an overflow language's too).
local aht = {}
local function handling(l)
  if not aht[l] then aht[l] = tonumber(redis.call('HGET', @Stats, l .. ':aht')) or rule.aht or 0 end
  return aht[l]
end
-- Whether a member of the idle index is the counselor's current one: their record says available, indexed, idle since
-- then; 'held' when it is, but a call of pool's language begun now would run into a scheduled reservation of theirs.
local function is_idle(id, since, pool)
  local v = redis.call('HGET', @Agents, id)
  if not v then return false end
  local a = cjson.decode(v)
  if not (a.st == 'available' and a.ix == true and pad(a.idle) == since) then return false end
  if a.sch then
    local ends = now + handling(string.match(pool, '^[^#]+'))
    for _, h in ipairs(a.sch) do
      if h.s < ends and now < h.e then return 'held' end
    end
  end
  return true
end
local function idle_for(l, lvl)
  if miss[l] and lvl >= miss[l] then return nil end
  hit[l] = hit[l] or {}
  if hit[l][lvl] then return hit[l][lvl] end
  local lower, upper = idle_range(l, lvl)
  while true do
    local m = redis.call('ZRANGEBYLEX', @Idle, lower, upper, 'LIMIT', '0', '1')[1]
    if not m then break end
    local since, id = string.match(m, '|(%d+)|([^|]+)$')
    local idle = is_idle(id, since, l)
    if idle == true then
      hit[l][lvl] = id
      return id
    end
    if idle == 'held' then
      -- Idle, but held for a session soon: their member stays; look past it.
      lower = '(' .. m
    else
      -- A member the counselor's record no longer stands behind: never offer a counselor who is not idle (that is a
      -- second caller rung while they talk); drop it and look at the next.
      redis.call('ZREM', @Idle, m)
    end
  end
  miss[l] = lvl
  return nil
end
-- pick answers a counselor of range pool, nil when none has the level (so none for the rest of the class),
-- or false to pass over this caller only.
local function try(key, prefix, pool, pick)
  local lower, upper = '[' .. prefix .. '|', '[' .. prefix .. '|~'
  while true do
    local m = redis.call('ZRANGEBYLEX', key, lower, upper, 'LIMIT', '0', '1')[1]
    if not m then return nil end
    local cls, arr, sid = string.match(m, '^[^|]+|(%d)|(%d+)|(.+)$')
    local id = pick(now - tonumber(arr), sid)
    if id then return m, sid, id end
    if id == false then
      lower = '(' .. m
    else
      if cls == '9' or miss[pool] == 1 then return nil end
      lower = '[' .. prefix .. '|' .. string.char(string.byte(cls) + 1) .. '|'
    end
  end
end
local teams = rule.teams
-- Callers read while deciding, so the one matched is not read twice.
local read = {}
local function caller(s)
  if not read[s] then read[s] = cjson.decode(redis.call('HGET', @Callers, s)) end
  return read[s]
end
-- The counselor found, or false to pass over a caller still in the window in which only their team may take
-- them while someone of that team is signed in. A caller who waited the longest window is read no more.
local staffed, window = {}, 0
for _, w in pairs(teams or {}) do if w > window then window = w end end
local function offer(found, s, wait)
  if not (found and teams) or wait >= window then return found end
  local c = caller(s)
  if c.tm == nil or now >= c.te then return found end
  local team = c.l .. '#' .. c.tm
  if staffed[team] == nil then staffed[team] = (tonumber(redis.call('HGET', @Stats, team .. ':staffed')) or 0) > 0 end
  if staffed[team] then return false end
  return found
end
local served = lang
local m, sid, id
if teams then
  local best
  for t, _ in pairs(teams) do
    local prefix = lang .. '#' .. t
    local tm, ts, ti = try(@Queue, prefix, prefix, function(wait) return idle_for(prefix, required_level(wait)) end)
    local rank = tm and string.sub(tm, #prefix + 2)
    if rank and (not best or rank < best) then
      best = rank
      m, sid, id = tm, ts, ti
    end
  end
end
if not m then
  m, sid, id = try(@Queue, lang, lang, function(wait, s) return offer(idle_for(lang, required_level(wait)), s, wait) end)
end
if not m and rule.ovf then
  served = rule.ovf.l
  m, sid, id = try(@Overflow, lang, served, function(wait, s)
    if wait < rule.ovf.a then return nil end
    return offer(idle_for(served, rule.ovf.v), s, wait)
  end)
end
if not m then return false end

local c = caller(sid)
local a = cjson.decode(redis.call('HGET', @Agents, id))
local deadline = now + tonumber(@Timeout)
local d = string.format('%d', deadline)
if c.tm then
  local team = c.l .. '#' .. c.tm
  if string.sub(m, 1, #team + 1) == team .. '|' then m = c.l .. string.sub(m, #team + 1) end
  redis.call('ZREM', @Queue, m, team .. string.sub(m, #c.l + 1))
else
  redis.call('ZREM', @Queue, m)
end
if c.o then redis.call('ZREM', @Overflow, m) end
c.st = 'reserved' c.res = res c.ag = id
redis.call('HSET', @Callers, sid, cjson.encode(c))

redis.call('ZREM', @Idle, unpack(idle_members(id, a)))
local fields, deltas = {c.l .. ':' .. ((c.k and 'callbacks') or 'waiting')}, {-1}
for l, _ in pairs(a.sk) do
  fields[#fields + 1] = l .. ':available' deltas[#deltas + 1] = -1
  fields[#fields + 1] = l .. ':reserved' deltas[#deltas + 1] = 1
end
local idle = a.ss and (now - a.ss) or 0
a.ix = false a.st = 'reserved' a.ss = now a.res = res a.call = sid
redis.call('HSET', @Agents, id, cjson.encode(a))

local values = redis.call('HMGET', @Stats, unpack(fields))
local update = {}
for i = 1, #fields do
  update[#update + 1] = fields[i]
  update[#update + 1] = string.format('%d', (tonumber(values[i]) or 0) + deltas[i])
end
redis.call('HSET', @Stats, unpack(update))

add_reservation(res, {c = sid, g = id, l = served, q = lang, d = deadline})
-- The counselor's idle period ends here: idle (ms) is what the call records turn into occupancy.
emit(res .. ':reserved', 'queue.reserved', sid, {'counselor', id, 'language', served, 'reservation', res, 'deadline', d, 'idle', string.format('%d', idle)})
if served ~= lang then
  emit(res .. ':overflowed', 'queue.overflowed', sid, {'from', lang, 'to', served})
end
return {res, sid, id, served, lang, d, c.k or ''}
