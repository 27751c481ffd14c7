--[[
  A counselor calls out (a message's caller, a failed callback, an allowed number): the available counselor
  (CounselorId) goes On call at once, reason outbound, for the outbound call CallSid (the server's out-<id>). The call is
  a connected call from the start (record fields o 'out', n the number dialled, tk the follow-up task), so hold,
  consult, call_ended and wrap-up work on it as on any call, and no caller is offered to the counselor meanwhile.
  Language: the call's language (one of the counselor's), for wrap-up and the handle-time average.
  KEYS: Callers, Agents, Idle, Timers, Stats, Events, Op
  ARGV: Now, OpId, OpTtl, CallSid, CounselorId, Language, Number, Task
  Returns: JSON {o started|busy|language|unknown|exists, g counselor, st their state, l language}
]]
--- @include "agents"
--- @include "clock"
--- @include "events"
--- @include "operation"
--- @include "records"
local g = guard()
if g then return g end
local sid = @CallSid
local id = @CounselorId
local lang = @Language
local a = getj(@Agents, id)
if not a then return done({o = 'unknown', g = id, st = 'none'}) end
if redis.call('HEXISTS', @Callers, sid) == 1 then return done({o = 'exists', g = id, st = a.st}) end
if a.st ~= 'available' then return done({o = 'busy', g = id, st = a.st}) end
if not a.sk[lang] then return done({o = 'language', g = id, st = a.st}) end
idle_rem(id, a)
redis.call('ZREM', @Timers, id)
a.rdy = nil a.res = nil a.call = sid a.cs = now
agent_state(id, a, 'oncall', 'outbound')
putj(@Agents, id, a)
putj(@Callers, sid, {l = lang, st = 'connected', ag = id, a = now, o = 'out', n = @Number, tk = @Task})
emit(opid .. ':' .. sid .. ':outbound', 'outbound.started', sid, {'counselor', id, 'language', lang, 'from', @Number, 'task', @Task})
return done({o = 'started', g = id, st = a.st, l = lang})
