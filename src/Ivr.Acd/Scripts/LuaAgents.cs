namespace Ivr.Acd.Scripts;

/// <summary>
/// Counselor records (JSON in one hash) and the idle index: one sorted set ordered by member text
/// <c>lang|level|idle-since|id</c>, holding a counselor once per language and per level up to their own, so
/// "longest idle with level at least N" is the first member of one lexicographic range. A counselor of teams
/// (<c>a.tm</c>) is also indexed as <c>lang#team|level|idle-since|id</c> for each team, and counted in
/// <c>lang#team:staffed</c> while signed in and not on a break, so a team-only wait is never spent on an absent team.
/// </summary>
internal static class LuaAgents
{
    public const string Text = """
        local function idle_members(id, a)
          local m = {}
          local since = '|' .. pad(a.idle) .. '|' .. id
          for lang, lvl in pairs(a.sk) do
            for r = 1, lvl do m[#m + 1] = lang .. '|' .. r .. since end
            for _, t in ipairs(a.tm or {}) do
              for r = 1, lvl do m[#m + 1] = lang .. '#' .. t .. '|' .. r .. since end
            end
          end
          return m
        end
        local function idle_add(id, a)
          if a.ix then return end
          local m = idle_members(id, a)
          if #m > 0 then
            local args = {}
            for i = 1, #m do args[#args + 1] = 0 args[#args + 1] = m[i] end
            redis.call('ZADD', @Idle, unpack(args))
          end
          a.ix = true
        end
        local function idle_rem(id, a)
          if not a.ix then return end
          local m = idle_members(id, a)
          if #m > 0 then redis.call('ZREM', @Idle, unpack(m)) end
          a.ix = false
        end
        -- a.ts: this counselor is counted in their teams' staffed counters (so a record from before teams were
        -- counted is never taken off a counter it was not added to).
        local staffed_states = {available = true, reserved = true, oncall = true, wrapup = true}
        local function team_count(a, by)
          for lang, _ in pairs(a.sk) do
            for _, t in ipairs(a.tm or {}) do stat(lang .. '#' .. t, 'staffed', by) end
          end
        end
        local function team_uncount(a)
          if a.ts then team_count(a, -1) a.ts = nil end
        end
        local function team_sync(a)
          if staffed_states[a.st] then
            if not a.ts then team_count(a, 1) a.ts = true end
          else
            team_uncount(a)
          end
        end
        local function agent_state(id, a, st, reason)
          if a.st ~= st then
            -- Leaving 'available' ends an idle period: the call records turn it into occupancy.
            if a.st == 'available' and a.ss then
              emit(opid .. ':' .. id .. ':idle', 'counselor.idle', '', {'counselor', id, 'seconds', string.format('%.3f', (now - a.ss) / 1000)})
            end
            for lang, _ in pairs(a.sk) do stat(lang, a.st, -1) stat(lang, st, 1) end
            a.st = st
            team_sync(a)
            a.ss = now
            emit(opid .. ':' .. id .. ':' .. st, 'counselor.state', a.call, {'counselor', id, 'state', st, 'reason', reason or ''})
          end
        end
        local function make_available(id, a, delay, fresh, reason)
          idle_rem(id, a)
          a.res = nil a.call = nil a.br = nil a.we = nil
          agent_state(id, a, 'available', reason)
          if fresh then a.idle = now end
          redis.call('ZREM', @Timers, id)
          if delay > 0 then
            a.rdy = now + delay
            redis.call('ZADD', @Timers, a.rdy, id)
          else
            a.rdy = nil
            idle_add(id, a)
          end
        end

        """;
}
