--[[
  Every state change appends its event to the stream (KEYS: Events) in the same script, so the event and the change
  commit together. The id is stable per happening (the operation or reservation id, then what happened), so a reader
  sees a replay as the same event. Fields: a flat list of name, value pairs; a nil value is written as ''.
  The entry is one field, 'e': a JSON array of strings, id, type, call, at, then the fields in turn. The server reads
  and writes the same form (Ivr.Acd.Events.CallEventStream; docs/call-records.md, *The outbox entry*).
]]
--- @include "clock"
local function emit(id, typ, call, fields)
  local e = {tostring(id), typ, call and tostring(call) or '', fmt(now)}
  local n = table.maxn(fields)
  -- Names are literals, so an odd count means the last value is nil.
  for i = 1, n + n % 2 do
    local v = fields[i]
    e[4 + i] = v == nil and '' or tostring(v)
  end
  redis.call('XADD', @Events, 'MAXLEN', '~', '1000000', '*', 'e', cjson.encode(e))
end
