--[[
  A scheduled reservation: holds a counselor for a session from Start to End (ms), e.g. a lawyer session they
  interpret, so the match offers them no caller whose expected handling (the language's average handling time)
  would run into it (see match.lua); or releases it (Action release), when the session is cancelled or over.
  A counselor holds at most one reservation at a time: one that overlaps another of theirs is refused (never
  reserved twice). Ended ones are dropped as the record is written. Kept in the counselor's record (sch: a list
  of {i id, s start, e end}), so the decision that reads the record anyway sees it without another lookup.
  KEYS: Agents, Events, Op
  ARGV: Now, OpId, OpTtl, CounselorId, ScheduleId, Start, End, Action
  Returns: JSON {o ok|busy|gone|unknown, st their state, gl languages to match now (a release of a routable counselor)}
]]
--- @include "clock"
--- @include "events"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local id = @CounselorId
local sid = @ScheduleId
local a = getj(@Agents, id)
if not a then return done({o = 'unknown', st = 'none', gl = {}}) end
local s, e = tonumber(@Start), tonumber(@End)
local kept, found, busy = {}, false, false
for _, h in ipairs(a.sch or {}) do
  if h.i == sid then
    found = true
  elseif h.e > now then
    kept[#kept + 1] = h
    if @Action == 'hold' and s < h.e and h.s < e then busy = true end
  end
end
if @Action == 'hold' then
  if busy then return done({o = 'busy', st = a.st, gl = {}}) end
  kept[#kept + 1] = {i = sid, s = s, e = e}
elseif not found then
  return done({o = 'gone', st = a.st, gl = {}})
end
if #kept == 0 then a.sch = nil else a.sch = kept end
putj(@Agents, id, a)
local gl = {}
if @Action == 'release' and a.ix then for lang, _ in pairs(a.sk) do gl[#gl + 1] = lang end end
emit(opid .. ':' .. id .. ':' .. @Action, 'counselor.scheduled', '', {'counselor', id, 'schedule', sid, 'action', @Action,
  'start', @Start, 'end', @End})
return done({o = 'ok', st = a.st, gl = gl})
