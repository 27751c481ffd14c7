--[[
  The expected wait of the caller at position pos of a language (docs/acd.md, "the expected-wait estimator"):
  nothing while an idle counselor is there for them, else one handle time per counselor freeing up ahead of them.
]]
--- @include "idle_index"
local function ewt(lang, pos, aht_default)
  local lower, upper = idle_range(lang, 1)
  local avail = redis.call('ZLEXCOUNT', @Idle, lower, upper)
  if pos <= avail then return 0 end
  local s = redis.call('HMGET', @Stats, lang .. ':available', lang .. ':reserved', lang .. ':oncall', lang .. ':wrapup', lang .. ':aht')
  local staffed = (tonumber(s[1]) or 0) + (tonumber(s[2]) or 0) + (tonumber(s[3]) or 0) + (tonumber(s[4]) or 0)
  local aht = tonumber(s[5]) or aht_default
  if staffed < 1 then staffed = 1 end
  return math.floor((pos - avail) * aht / staffed)
end
