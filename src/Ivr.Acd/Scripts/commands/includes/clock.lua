--[[
  The time and how numbers become text. The time is an argument (the server's TimeProvider), never Redis TIME, so
  tests drive every script with a fake clock.
  ARGV: Now (milliseconds since the Unix epoch)
]]
local now = tonumber(@Now)
-- A whole number as text: Lua's own tostring (%.14g) would turn a large one into 1.7e+12.
local function fmt(n) return string.format('%.0f', n) end
-- A time as 15 digits, so that member text sorts as the time does.
local function pad(n) return string.format('%015.0f', n) end
