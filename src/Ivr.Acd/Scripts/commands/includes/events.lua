--[[
  Every state change appends its event to the stream (KEYS: Events) in the same script, so the event and the change
  commit together. The id is stable per happening (the operation or reservation id, then what happened), so a reader
  sees a replay as the same event. Fields: a flat list of name, value pairs.
]]
--- @include "clock"
local function emit(id, typ, call, fields)
  local a = {'XADD', @Events, 'MAXLEN', '~', '1000000', '*', 'id', id, 'type', typ, 'call', call or '', 'at', fmt(now)}
  for i = 1, #fields do a[#a + 1] = tostring(fields[i]) end
  redis.call(unpack(a))
end
