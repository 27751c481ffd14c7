--[[
  The in-call scripts' helpers (transfer and consult): reserving a named counselor, the consult in progress.
]]
--- @include "agents"
--- @include "records"
--- @include "reservations"
-- Reserves a named counselor for a call, if available and routable (not in a reject or no-answer delay).
local function reserve_named(id, sid, res, lang, kind, deadline)
  local b = getj(@Agents, id)
  if not b then return nil, 'unknown' end
  if b.st ~= 'available' or not b.ix then return nil, 'unavailable' end
  idle_rem(id, b)
  b.res = res b.call = sid
  agent_state(id, b, 'reserved', kind)
  putj(@Agents, id, b)
  local r = {c = sid, g = id, l = lang, q = lang, d = deadline}
  if kind == 'consult' then r.k = 'consult' end
  add_reservation(res, r)
  return b, nil
end
-- The counselor consulted on a call while they are still being rung for it or talking on it.
local function consulting(sid, c)
  if not c.cg then return nil end
  local b = getj(@Agents, c.cg)
  if b and b.call == sid and (b.st == 'reserved' or b.st == 'oncall') then return b end
  return nil
end
-- Adds a counselor's languages to gl when they are routable.
local function add_langs(gl, a)
  if a and a.ix then for _, l in ipairs(langs_of(a)) do gl[#gl + 1] = l end end
  return gl
end
