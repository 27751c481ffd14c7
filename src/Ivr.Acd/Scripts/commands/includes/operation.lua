--[[
  The operation a script carries out. Its id (ARGV: OpId) names the events it appends; its answer is kept under
  KEYS: Op for OpTtl ms, so a replayed operation returns its first answer instead of applying twice.
]]
local opid = @OpId
local function guard() return redis.call('GET', @Op) end
local function done(result)
  local s = cjson.encode(result)
  redis.call('SET', @Op, s, 'PX', @OpTtl)
  return s
end
