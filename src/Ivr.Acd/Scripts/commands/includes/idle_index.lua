--[[
  The idle index (KEYS: Idle): one sorted set, every score 0, ordered by member text
    lang|level|idle-since|id      idle-since: 15 digits of milliseconds
  holding a routable counselor once per language and per level up to their own, so "longest idle with level at
  least N" is the first member of one lexicographic range. A counselor of teams is also indexed as
  lang#team|level|idle-since|id for each team. The match script and the counselor helpers both build members here.
]]
--- @include "clock"
-- Levels as text: Lua would format each number it joins to a string with a costly %.14g.
local LEVEL = {'1', '2', '3', '4', '5', '6', '7', '8', '9'}
-- The range of the counselors of pool (a language, or lang#team) idle at this level, longest idle first.
local function idle_range(pool, level)
  local prefix = '[' .. pool .. '|' .. LEVEL[level] .. '|'
  return prefix, prefix .. '~'
end
local function idle_members(id, a)
  local m = {}
  local since = '|' .. pad(a.idle) .. '|' .. id
  for lang, lvl in pairs(a.sk) do
    for r = 1, lvl do m[#m + 1] = lang .. '|' .. LEVEL[r] .. since end
    for _, t in ipairs(a.tm or {}) do
      for r = 1, lvl do m[#m + 1] = lang .. '#' .. t .. '|' .. LEVEL[r] .. since end
    end
  end
  return m
end
