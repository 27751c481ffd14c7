namespace Ivr.Acd.Scripts;

/// <summary>
/// Helpers every script starts with: time from the caller (never Redis TIME), JSON records in hashes, counters,
/// event appends, and the operation-id guard that makes a replayed script return its first answer.
/// </summary>
internal static class LuaCore
{
    public const string Text = """
        local now = tonumber(@Now)
        local opid = @OpId
        local function fmt(n) return string.format('%.0f', n) end
        local function pad(n) return string.format('%015.0f', n) end
        local function getj(key, id) local v = redis.call('HGET', key, id) if v then return cjson.decode(v) end return nil end
        local function putj(key, id, t) redis.call('HSET', key, id, cjson.encode(t)) end
        local function stat(lang, field, by) redis.call('HINCRBY', @Stats, lang .. ':' .. field, by) end
        local function emit(id, typ, call, fields)
          local a = {'XADD', @Events, 'MAXLEN', '~', '1000000', '*', 'id', id, 'type', typ, 'call', call or '', 'at', fmt(now)}
          for i = 1, #fields do a[#a + 1] = tostring(fields[i]) end
          redis.call(unpack(a))
        end
        local function guard() return redis.call('GET', @Op) end
        local function done(result)
          local s = cjson.encode(result)
          redis.call('SET', @Op, s, 'PX', @OpTtl)
          return s
        end
        local function langs_of(a) local l = {} for lang, _ in pairs(a.sk) do l[#l + 1] = lang end return l end

        """;
}
