--[[
  Reservations (KEYS: Reservations, JSON by reservation id; Deadlines, reservation id by deadline). A reservation
  holds a counselor for a caller while the counselor is rung. Record fields:
    c  the caller's CallSid            g  the counselor's id
    l  the language served (the overflow language after an overflow)
    q  the language the caller queued in
    d  the deadline (ms)               k  'consult' for a consult on a connected call (absent otherwise)
]]
local function add_reservation(res, r)
  redis.call('HSET', @Reservations, res, cjson.encode(r))
  redis.call('ZADD', @Deadlines, r.d, res)
end
local function release_reservation(res)
  redis.call('ZREM', @Deadlines, res)
  redis.call('HDEL', @Reservations, res)
end
