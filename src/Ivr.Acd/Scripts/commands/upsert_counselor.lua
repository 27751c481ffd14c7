--[[
  Adds a counselor (signed out) or changes their skills, teams and wrap-up override, also while signed in.
  Profile: JSON {sk skills, tm teams, wl wrap-up ms or -1}.
  KEYS: Agents, Idle, Timers, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, CounselorId, Profile
  Returns: JSON {o ok, st their state, gl languages to match}
]]
--- @include "agents"
--- @include "clock"
--- @include "events"
--- @include "operation"
--- @include "records"
--- @include "stats"
local g = guard()
if g then return g end
local id = @CounselorId
local d = cjson.decode(@Profile)
local a = getj(@Agents, id)
if not a then
  a = {st = 'offline', sk = d.sk, tm = d.tm, wl = d.wl, idle = now, na = 0}
  for lang, _ in pairs(a.sk) do stat(lang, 'offline', 1) end
  emit(opid .. ':' .. id .. ':added', 'counselor.state', '', {'counselor', id, 'state', 'offline', 'reason', 'added'})
else
  local indexed = a.ix
  idle_rem(id, a)
  for lang, _ in pairs(a.sk) do stat(lang, a.st, -1) end
  team_uncount(a)
  a.sk = d.sk a.tm = d.tm a.wl = d.wl
  for lang, _ in pairs(a.sk) do stat(lang, a.st, 1) end
  team_sync(a)
  if indexed then idle_add(id, a) end
  emit(opid .. ':' .. id .. ':skills', 'counselor.state', '', {'counselor', id, 'state', a.st, 'reason', 'skills'})
end
putj(@Agents, id, a)
local gl = {}
if a.ix then gl = langs_of(a) end
return done({o = 'ok', st = a.st, gl = gl})
