--[[
  Closing time for a Language: its callbacks waiting in line or scheduled before NotBefore (ms, the next opening) are
  scheduled for then; they keep their arrival, so they are first in line when it comes. Callbacks being rung for or
  dialled go on. One batch of at most BatchSize callbacks from Cursor (a ZRANGEBYLEX bound, empty at the start).
  KEYS: Callers, Agents, Reservations, Deadlines, Queue, Overflow, Idle, Timers, CallerTimers, Stats, Events, Op, Callbacks
  ARGV: Now, OpId, OpTtl, Language, NotBefore, Cursor, BatchSize
  Returns: JSON {n callbacks scheduled, cursor where the next batch starts, more (a batch was full)}
]]
--- @include "callbacks"
--- @include "clock"
--- @include "events"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local lang = @Language
local nb = tonumber(@NotBefore)
local n = tonumber(@BatchSize)
local lower = @Cursor
if lower == '' then lower = '[' .. lang .. '|' end
local items = redis.call('ZRANGEBYLEX', @Callbacks, lower, '[' .. lang .. '|~', 'LIMIT', 0, n)
local moved = 0
for _, m in ipairs(items) do
  local id = string.sub(m, #lang + 2)
  local c = getj(@Callers, id)
  if c and c.k and (c.st == 'waiting' or c.st == 'scheduled') and (c.st == 'waiting' or c.nb < nb) then
    cb_schedule(id, c, nb)
    putj(@Callers, id, c)
    emit(opid .. ':' .. id .. ':scheduled', 'callback.scheduled', id,
      {'original', c.oc, 'language', c.l, 'notBefore', fmt(nb), 'reason', 'carry-over'})
    moved = moved + 1
  end
end
local cursor = ''
if #items > 0 then cursor = '(' .. items[#items] end
return done({n = moved, cursor = cursor, more = #items >= n})
