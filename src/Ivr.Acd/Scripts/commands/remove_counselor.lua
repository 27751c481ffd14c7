--[[
  Removes a signed-out counselor; refused while they are signed in.
  KEYS: Agents, Timers, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, CounselorId
  Returns: JSON {o ok|refused|unknown, st their state or removed, gl no languages}
]]
--- @include "events"
--- @include "operation"
--- @include "records"
--- @include "stats"
local g = guard()
if g then return g end
local id = @CounselorId
local a = getj(@Agents, id)
if not a then return done({o = 'unknown', st = 'none', gl = {}}) end
if a.st ~= 'offline' then return done({o = 'refused', st = a.st, gl = {}}) end
for lang, _ in pairs(a.sk) do stat(lang, 'offline', -1) end
redis.call('HDEL', @Agents, id)
redis.call('ZREM', @Timers, id)
emit(opid .. ':' .. id .. ':removed', 'counselor.state', '', {'counselor', id, 'state', 'removed', 'reason', 'removed'})
return done({o = 'ok', st = 'removed', gl = {}})
