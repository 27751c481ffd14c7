namespace Ivr.Acd.Scripts;

/// <summary>
/// Caller records and the queue index: one sorted set ordered by member text
/// <c>lang|class|arrival|callSid</c> (class 0 is the highest priority), so the head of each priority class of a
/// language is the first member of one lexicographic range, and a caller put back keeps their arrival time.
/// A caller steered to a team (<c>c.tm</c>) is also in the index as <c>lang#team|class|arrival|callSid</c>, the
/// range that team's counselors are matched from first; no <c>lang|</c> range ever includes those members.
/// </summary>
internal static class LuaCallers
{
    public const string Text = """
        local function qmember(sid, c) return c.l .. '|' .. (9 - c.p) .. '|' .. pad(c.a) .. '|' .. sid end
        local function tmember(sid, c) return c.l .. '#' .. c.tm .. '|' .. (9 - c.p) .. '|' .. pad(c.a) .. '|' .. sid end
        local function queue_add(sid, c)
          local m = qmember(sid, c)
          redis.call('ZADD', @Queue, 0, m)
          if c.tm then redis.call('ZADD', @Queue, 0, tmember(sid, c)) end
          if c.o then redis.call('ZADD', @Overflow, 0, m) end
          stat(c.l, 'waiting', 1)
          c.st = 'waiting'
        end
        local function queue_rem(sid, c)
          if c.st ~= 'waiting' then return end
          local m = qmember(sid, c)
          redis.call('ZREM', @Queue, m)
          if c.tm then redis.call('ZREM', @Queue, tmember(sid, c)) end
          redis.call('ZREM', @Overflow, m)
          redis.call('ZREM', @CallerTimers, sid)
          stat(c.l, 'waiting', -1)
        end
        -- What a tag gives a caller under the rule: a higher priority class, and the first team it names (steered to
        -- that team within the team's window from arrival).
        local function apply_tag(c, tag, rule)
          local tp = rule.prio[tag]
          if tp and tp > c.p then c.p = math.min(9, tp) end
          local window = rule.teams and rule.teams[tag]
          if window and not c.tm then c.tm = tag c.te = c.a + window end
        end
        local function required_level(rule, wait)
          local lvl = 1
          for i = 1, #rule.steps do if rule.steps[i][1] <= wait then lvl = rule.steps[i][2] end end
          return lvl
        end
        local function caller_timer(sid, c, rule)
          local wait = now - c.a
          local nxt = nil
          local function consider(t) if t > wait and (nxt == nil or t < nxt) then nxt = t end end
          for i = 1, #rule.steps do consider(rule.steps[i][1]) end
          if c.o and rule.ovf then consider(rule.ovf.a) end
          if c.tm then consider(c.te - c.a) end
          if rule.maxwait > 0 then consider(rule.maxwait) end
          -- A caller put back after their maximum wait passed (e.g. while reserved) is due at once.
          if rule.maxwait > 0 and wait >= rule.maxwait then nxt = wait end
          if nxt then redis.call('ZADD', @CallerTimers, c.a + nxt, sid) else redis.call('ZREM', @CallerTimers, sid) end
        end
        local function position(sid, c)
          return redis.call('ZLEXCOUNT', @Queue, '[' .. c.l .. '|', '(' .. qmember(sid, c)) + 1
        end
        local function ewt(lang, pos, aht_default)
          local avail = redis.call('ZLEXCOUNT', @Idle, '[' .. lang .. '|1|', '[' .. lang .. '|1|~')
          if pos <= avail then return 0 end
          local s = redis.call('HMGET', @Stats, lang .. ':available', lang .. ':reserved', lang .. ':oncall', lang .. ':wrapup', lang .. ':aht')
          local staffed = (tonumber(s[1]) or 0) + (tonumber(s[2]) or 0) + (tonumber(s[3]) or 0) + (tonumber(s[4]) or 0)
          local aht = tonumber(s[5]) or aht_default
          if staffed < 1 then staffed = 1 end
          return math.floor((pos - avail) * aht / staffed)
        end

        """;
}
