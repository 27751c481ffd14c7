--[[
  Callers, counselors and reservations are JSON records, one field each of a hash (not one key each), so a script
  can reach a record it discovers without building a key name.
]]
local function getj(key, id) local v = redis.call('HGET', key, id) if v then return cjson.decode(v) end return nil end
local function putj(key, id, t) redis.call('HSET', key, id, cjson.encode(t)) end
