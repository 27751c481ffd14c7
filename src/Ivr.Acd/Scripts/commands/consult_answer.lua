--[[
  The consulted counselor answered (ReservationId): they are on the call with the first counselor. Should the caller
  have left meanwhile, they are available again.
  KEYS: Callers, Agents, Reservations, Deadlines, Idle, Timers, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, ReservationId
  Returns: JSON {o answered|gone, c CallSid, b the consulted counselor, gl languages to match}
]]
--- @include "agents"
--- @include "clock"
--- @include "in_call"
--- @include "operation"
--- @include "records"
--- @include "reservations"
local g = guard()
if g then return g end
local res = @ReservationId
local r = getj(@Reservations, res)
if not r or r.k ~= 'consult' then return done({o = 'gone'}) end
release_reservation(res)
local b = getj(@Agents, r.g)
if not (b and b.res == res) then return done({o = 'gone'}) end
local c = getj(@Callers, r.c)
if not (c and c.st == 'connected' and c.cg == r.g) then
  make_available(r.g, b, 0, false, 'caller-left')
  putj(@Agents, r.g, b)
  return done({o = 'gone', gl = add_langs({}, b)})
end
b.res = nil b.na = 0 b.cs = now
agent_state(r.g, b, 'oncall', 'consult')
putj(@Agents, r.g, b)
return done({o = 'answered', c = r.c, b = r.g, gl = {}})
