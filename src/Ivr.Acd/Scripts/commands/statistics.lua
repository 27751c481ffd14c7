--[[
  A language's live counters (kept up to date by every script) plus its longest wait and expected wait. Waiting
  counts callers; callbacks in line count in callbacks, those waiting for their time in scheduled. The longest wait
  is that of whoever is first in line, caller or callback; a new caller's expected wait counts the callbacks in line
  ahead of them too.
  KEYS: Queue, Idle, Stats
  ARGV: Now, Language, Rule, Day
  Returns: JSON {waiting, callbacks, scheduled, available, reserved, oncall, wrapup, break, missed, offline, answered,
    abandoned, cbconnected, cbfailed (today), longest wait ms, ewt expected wait ms of a new caller}
]]
--- @include "clock"
--- @include "expected_wait"
local lang = @Language
local rule = cjson.decode(@Rule)
local day = @Day
local names = {'waiting', 'callbacks', 'scheduled', 'available', 'reserved', 'oncall', 'wrapup', 'break', 'missed', 'offline'}
local fields = {}
for i = 1, #names do fields[i] = lang .. ':' .. names[i] end
fields[#fields + 1] = lang .. ':answered:' .. day
fields[#fields + 1] = lang .. ':abandoned:' .. day
fields[#fields + 1] = lang .. ':cbconnected:' .. day
fields[#fields + 1] = lang .. ':cbfailed:' .. day
local v = redis.call('HMGET', @Stats, unpack(fields))
local out = {}
for i = 1, #names do out[names[i]] = tonumber(v[i]) or 0 end
out.answered = tonumber(v[#names + 1]) or 0
out.abandoned = tonumber(v[#names + 2]) or 0
out.cbconnected = tonumber(v[#names + 3]) or 0
out.cbfailed = tonumber(v[#names + 4]) or 0
-- The longest wait is the earliest arrival among the heads of the (at most ten) priority classes.
out.longest = 0
local lower = '[' .. lang .. '|'
while true do
  local m = redis.call('ZRANGEBYLEX', @Queue, lower, '[' .. lang .. '|~', 'LIMIT', 0, 1)[1]
  if not m then break end
  local cls, arr = string.match(m, '^[^|]+|(%d)|(%d+)|')
  out.longest = math.max(out.longest, now - tonumber(arr))
  if tonumber(cls) >= 9 then break end
  lower = '[' .. lang .. '|' .. (tonumber(cls) + 1) .. '|'
end
out.ewt = ewt(lang, out.waiting + out.callbacks + 1, rule.aht)
return cjson.encode(out)
