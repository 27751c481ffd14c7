--[[
  Counselor records (KEYS: Agents, JSON by counselor id), their state counters and their place in the idle index.
  Record fields (short: there is one record per counselor, read by every decision):
    st    state: offline, available, reserved, oncall, wrapup, break, missed
    ss    since when (ms) in that state            sk    skills: language -> level 1-5
    tm    teams (tags)                             ts    counted in the teams' staffed counters
    wl    wrap-up override (ms; -1: the language's)
    idle  idle since (ms): the order of the idle index
    ix    in the idle index (routable)             rdy   routable from (ms) after a reject or no-answer delay
    res   the reservation they are rung for        call  the CallSid they are reserved for or on
    na    no-answers in a row                      br    break reason
    we    wrap-up ends (ms)                        cs    call started (ms)
    cl    the language of the call wrapped up      lc    the CallSid of the call wrapped up
    sch   scheduled reservations: a list of {i id, s start ms, e end ms} (schedule.lua; the match passes them over)
]]
--- @include "clock"
--- @include "events"
--- @include "idle_index"
--- @include "operation"
--- @include "stats"
local function idle_add(id, a)
  if a.ix then return end
  local m = idle_members(id, a)
  if #m > 0 then
    local args = {}
    for i = 1, #m do args[#args + 1] = 0 args[#args + 1] = m[i] end
    redis.call('ZADD', @Idle, unpack(args))
  end
  a.ix = true
end
local function idle_rem(id, a)
  if not a.ix then return end
  local m = idle_members(id, a)
  if #m > 0 then redis.call('ZREM', @Idle, unpack(m)) end
  a.ix = false
end
-- Counted in lang#team:staffed while signed in and not on a break, so a team-only wait is never spent on an absent
-- team. a.ts: counted (so a record from before teams were counted is never taken off a counter it was not added to).
local staffed_states = {available = true, reserved = true, oncall = true, wrapup = true}
local function team_count(a, by)
  for lang, _ in pairs(a.sk) do
    for _, t in ipairs(a.tm or {}) do stat(lang .. '#' .. t, 'staffed', by) end
  end
end
local function team_uncount(a)
  if a.ts then team_count(a, -1) a.ts = nil end
end
local function team_sync(a)
  if staffed_states[a.st] then
    if not a.ts then team_count(a, 1) a.ts = true end
  else
    team_uncount(a)
  end
end
local function agent_state(id, a, st, reason)
  if a.st ~= st then
    -- Leaving 'available' ends an idle period: the call records turn it into occupancy.
    if a.st == 'available' and a.ss then
      emit(opid .. ':' .. id .. ':idle', 'counselor.idle', '', {'counselor', id, 'seconds', string.format('%.3f', (now - a.ss) / 1000)})
    end
    for lang, _ in pairs(a.sk) do stat(lang, a.st, -1) stat(lang, st, 1) end
    a.st = st
    team_sync(a)
    a.ss = now
    emit(opid .. ':' .. id .. ':' .. st, 'counselor.state', a.call, {'counselor', id, 'state', st, 'reason', reason or ''})
  end
end
local function make_available(id, a, delay, fresh, reason)
  idle_rem(id, a)
  a.res = nil a.call = nil a.br = nil a.we = nil
  agent_state(id, a, 'available', reason)
  if fresh then a.idle = now end
  redis.call('ZREM', @Timers, id)
  if delay > 0 then
    a.rdy = now + delay
    redis.call('ZADD', @Timers, a.rdy, id)
  else
    a.rdy = nil
    idle_add(id, a)
  end
end
-- The languages of a counselor, to match once they are routable.
local function langs_of(a) local l = {} for lang, _ in pairs(a.sk) do l[#l + 1] = lang end return l end
