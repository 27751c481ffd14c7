--[[
  The live counters (KEYS: Stats), one field per language (or language#team) and what is counted: changed by the
  same script that changes the state, so reading them is one HMGET.
]]
local function stat(lang, field, by) redis.call('HINCRBY', @Stats, lang .. ':' .. field, by) end
