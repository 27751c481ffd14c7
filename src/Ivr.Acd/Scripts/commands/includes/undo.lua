--[[
  A reservation that was not answered (reject, no-answer, expiry) is undone: the caller goes back in line at their
  place, the counselor waits out the delay or, after cfg.mn no-answers in a row, is set to Missed.
]]
--- @include "agents"
--- @include "callers"
--- @include "events"
--- @include "records"
--- @include "reservations"
local function requeue(sid, c, cfg)
  c.res = nil c.ag = nil
  queue_add(sid, c)
  local rule = cfg.l[c.l]
  if rule then caller_timer(sid, c, rule) end
  putj(@Callers, sid, c)
end
-- Returns the caller's language (when back in line) and the counselor (when routable now).
local function undo(res, r, outcome, cfg)
  release_reservation(res)
  local lang = nil
  local c = getj(@Callers, r.c)
  if c and c.st == 'reserved' and c.res == res then requeue(r.c, c, cfg) lang = c.l end
  local a = getj(@Agents, r.g)
  if a and a.res == res then
    if outcome == 'reject' then
      make_available(r.g, a, cfg.rd, false, outcome)
    else
      a.na = (a.na or 0) + 1
      if a.na >= cfg.mn then
        idle_rem(r.g, a) a.res = nil a.call = nil
        agent_state(r.g, a, 'missed', outcome)
      else
        make_available(r.g, a, cfg.nd, false, outcome)
      end
    end
    putj(@Agents, r.g, a)
  end
  local typ = 'queue.missed'
  if outcome == 'reject' then typ = 'queue.rejected' end
  emit(res .. ':' .. outcome, typ, r.c, {'counselor', r.g, 'reservation', res, 'reason', outcome})
  if a and a.ix then return lang, a end
  return lang, nil
end
