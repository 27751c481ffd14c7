--[[
  Where a caller stands; asking is also the caller's heartbeat (KEYS: Seen), so the sweeper knows the call is alive.
  KEYS: Callers, Queue, Overflow, Idle, CallerTimers, Seen, Stats
  ARGV: Now, Config, CallSid
  Returns: JSON {st state or none, l language, pos position, ewt expected wait ms, w waited ms, p priority, g counselor}
]]
--- @include "callers"
--- @include "clock"
--- @include "config"
--- @include "expected_wait"
--- @include "records"
local cfg = load_config()
local sid = @CallSid
local c = getj(@Callers, sid)
if not c then return cjson.encode({st = 'none'}) end
if c.st ~= 'connected' then redis.call('ZADD', @Seen, 'XX', now, sid) end
local rule = cfg.l[c.l]
local pos = 0
if c.st == 'waiting' then pos = position(sid, c) end
local e = 0
if c.st == 'waiting' then e = ewt(c.l, pos, (rule and rule.aht) or 0) end
return cjson.encode({st = c.st, l = c.l, pos = pos, ewt = e, w = now - c.a, p = c.p, g = c.ag or ''})
