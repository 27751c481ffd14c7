--[[
  Puts a caller in line once: a known CallSid answers with where it stands, a full queue answers full.
  Caller: JSON {p priority, t tags, o accepts overflow, a arrival ms}.
  KEYS: Callers, Queue, Overflow, Idle, CallerTimers, Seen, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, CallSid, Language, Rule, Caller
  Returns: JSON {o joined|already|full, l language, pos position, ewt expected wait ms, w waited ms, st state}
]]
--- @include "callers"
--- @include "clock"
--- @include "events"
--- @include "expected_wait"
--- @include "operation"
--- @include "records"
local sid = @CallSid
local lang = @Language
local rule = cjson.decode(@Rule)
local c = getj(@Callers, sid)
if c then
  local pos = 0
  if c.st == 'waiting' then pos = position(sid, c) end
  return cjson.encode({o = 'already', l = c.l, pos = pos, ewt = ewt(c.l, math.max(pos, 1), rule.aht), w = now - c.a, st = c.st})
end
local g = guard()
if g then return g end
local d = cjson.decode(@Caller)
local waiting = tonumber(redis.call('HGET', @Stats, lang .. ':waiting')) or 0
if rule.maxlen > 0 and waiting >= rule.maxlen then
  emit(opid .. ':full', 'queue.full', sid, {'language', lang})
  return done({o = 'full', l = lang, pos = 0, ewt = 0, w = 0, st = 'none'})
end
c = {l = lang, p = math.max(0, math.min(9, d.p)), a = d.a, t = d.t, o = d.o}
for i = 1, #d.t do apply_tag(c, d.t[i], rule) end
queue_add(sid, c)
caller_timer(sid, c, rule)
putj(@Callers, sid, c)
redis.call('ZADD', @Seen, now, sid)
local joined = {'language', lang, 'priority', c.p}
if #d.t > 0 then
  joined[#joined + 1] = 'tags'
  joined[#joined + 1] = table.concat(d.t, ',')
end
emit(opid .. ':joined', 'queue.joined', sid, joined)
local pos = position(sid, c)
return done({o = 'joined', l = lang, pos = pos, ewt = ewt(lang, pos, rule.aht), w = now - c.a, st = 'waiting'})
