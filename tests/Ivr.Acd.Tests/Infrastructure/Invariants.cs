using System.Globalization;
using System.Text.Json.Nodes;
using Ivr.Acd.Engine;
using StackExchange.Redis;

namespace Ivr.Acd.Tests.Infrastructure;

/// <summary>
/// Recounts everything from the raw records and compares it with the counters and indexes the scripts keep:
/// statistics, queue, idle and callback indexes, both sides of every reservation, and every callback's timer.
/// Returns the violations found.
/// </summary>
public static class Invariants
{
    private static readonly string[] CounselorStates = ["offline", "available", "reserved", "oncall", "wrapup", "break", "missed"];

    private static readonly string[] StaffedStates = ["available", "reserved", "oncall", "wrapup"];

    public static async Task<IReadOnlyList<string>> CheckAsync(IDatabase redis, AcdEngine engine)
    {
        var keys = engine.Keys;
        var callers = await ReadAsync(redis, keys.Callers);
        var agents = await ReadAsync(redis, keys.Agents);
        var reservations = await ReadAsync(redis, keys.Reservations);
        var stats = (await redis.HashGetAllAsync(keys.Stats)).ToDictionary(entry => (string)entry.Name!, entry => (string)entry.Value!);
        var queue = (await redis.SortedSetRangeByRankAsync(keys.Queue)).Select(value => (string)value!).ToHashSet();
        var idle = (await redis.SortedSetRangeByRankAsync(keys.Idle)).Select(value => (string)value!).ToHashSet();
        var callbackIndex = (await redis.SortedSetRangeByRankAsync(keys.Callbacks)).Select(value => (string)value!).ToHashSet();
        var callerTimers = (await redis.SortedSetRangeByRankWithScoresAsync(keys.CallerTimers)).ToDictionary(entry => (string)entry.Element!, entry => (long)entry.Score);
        var seen = (await redis.SortedSetRangeByRankAsync(keys.Seen)).Select(value => (string)value!).ToHashSet();
        var violations = new List<string>();

        long Stat(string field) => stats.TryGetValue(field, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;

        // A caller steered to a team is in line twice: in their language's range and in their team's.
        var expectedQueue = callers.Where(caller => Str(caller.Value, "st") == "waiting")
            .SelectMany(caller => Prefixes(Str(caller.Value, "l"), caller.Value["tm"] is { } team ? [team.ToString()] : [])
                .Select(prefix => $"{prefix}|{9 - Num(caller.Value, "p")}|{Num(caller.Value, "a"):000000000000000}|{caller.Key}"))
            .ToHashSet();
        Compare("queue index", expectedQueue, queue, violations);

        var expectedIdle = agents.Where(agent => agent.Value["ix"]?.GetValue<bool>() == true)
            .SelectMany(agent => Skills(agent.Value).SelectMany(skill => Prefixes(skill.Language, Teams(agent.Value)).SelectMany(prefix => Enumerable.Range(1, skill.Level)
                .Select(level => $"{prefix}|{level}|{Num(agent.Value, "idle"):000000000000000}|{agent.Key}"))))
            .ToHashSet();
        Compare("idle index", expectedIdle, idle, violations);
        violations.AddRange(agents.Where(agent => agent.Value["ix"]?.GetValue<bool>() == true && Str(agent.Value, "st") != "available")
            .Select(agent => $"counselor {agent.Key} is routable while {Str(agent.Value, "st")}"));

        var callbacks = callers.Where(caller => Str(caller.Value, "k") == "cb").ToList();
        Compare("callback index", callbacks.Select(callback => $"{Str(callback.Value, "l")}|{callback.Key}").ToHashSet(), callbackIndex, violations);
        foreach (var (id, callback) in callbacks)
        {
            var (timer, due) = Str(callback, "st") switch
            {
                "scheduled" => (true, Num(callback, "nb")),
                "dialling" => (true, Num(callback, "dd")),
                _ => (false, 0L),
            };
            if (timer && callerTimers.GetValueOrDefault(id, -1) != due)
            {
                violations.Add($"callback {id} ({Str(callback, "st")}) has no timer at {due}");
            }
            if (seen.Contains(id))
            {
                violations.Add($"callback {id} has a heartbeat: the stale-caller sweep could take it as lost");
            }
            var counselor = agents.GetValueOrDefault(Str(callback, "ag"));
            if (Str(callback, "st") == "dialling" && (counselor is null || Str(counselor, "st") != "oncall" || Str(counselor, "call") != id))
            {
                violations.Add($"callback {id} is dialled without its counselor on the phone for it");
            }
        }

        var languages = engine.Languages.Concat(agents.Values.SelectMany(agent => Skills(agent).Select(skill => skill.Language))).Distinct();
        foreach (var language in languages)
        {
            int Count(string state, bool callback) =>
                callers.Values.Count(caller => Str(caller, "st") == state && Str(caller, "l") == language && (Str(caller, "k") == "cb") == callback);
            Check($"{language}:waiting", Count("waiting", callback: false), Stat($"{language}:waiting"), violations);
            Check($"{language}:callbacks", Count("waiting", callback: true), Stat($"{language}:callbacks"), violations);
            Check($"{language}:scheduled", Count("scheduled", callback: true), Stat($"{language}:scheduled"), violations);
            foreach (var state in CounselorStates)
            {
                var count = agents.Values.Count(agent => Str(agent, "st") == state && Skills(agent).Any(skill => skill.Language == language));
                Check($"{language}:{state}", count, Stat($"{language}:{state}"), violations);
            }
        }

        var teamsOf = agents.Values.SelectMany(agent => Skills(agent).SelectMany(skill => Teams(agent).Select(team => $"{skill.Language}#{team}"))).Distinct();
        foreach (var team in teamsOf)
        {
            var staffed = agents.Values.Count(agent => StaffedStates.Contains(Str(agent, "st"))
                && Skills(agent).SelectMany(skill => Teams(agent).Select(t => $"{skill.Language}#{t}")).Contains(team));
            Check($"{team}:staffed", staffed, Stat($"{team}:staffed"), violations);
        }

        foreach (var (id, reservation) in reservations)
        {
            var caller = callers.GetValueOrDefault(Str(reservation, "c"));
            var agent = agents.GetValueOrDefault(Str(reservation, "g"));
            var consult = Str(reservation, "k") == "consult";
            if (consult && (caller is null || Str(caller, "st") != "connected" || Str(caller, "cg") != Str(reservation, "g")))
            {
                violations.Add($"consult reservation {id}: caller {Str(reservation, "c")} is not connected and consulting {Str(reservation, "g")}");
            }
            if (!consult && (caller is null || Str(caller, "st") != "reserved" || Str(caller, "res") != id))
            {
                violations.Add($"reservation {id}: caller {Str(reservation, "c")} is not reserved by it");
            }
            if (agent is null || Str(agent, "st") != "reserved" || Str(agent, "res") != id)
            {
                violations.Add($"reservation {id}: counselor {Str(reservation, "g")} is not reserved by it");
            }
        }
        violations.AddRange(callers.Where(caller => Str(caller.Value, "st") == "reserved" && !reservations.ContainsKey(Str(caller.Value, "res")))
            .Select(caller => $"caller {caller.Key} is reserved without a reservation"));
        violations.AddRange(agents.Where(agent => Str(agent.Value, "st") == "reserved" && !reservations.ContainsKey(Str(agent.Value, "res")))
            .Select(agent => $"counselor {agent.Key} is reserved without a reservation"));
        violations.AddRange(agents.Where(agent => Str(agent.Value, "st") is "oncall" or "reserved" && !callers.ContainsKey(Str(agent.Value, "call")))
            .Select(agent => $"counselor {agent.Key} is {Str(agent.Value, "st")} for a call the engine no longer has"));
        foreach (var (sid, caller) in callers.Where(caller => Str(caller.Value, "st") == "connected"))
        {
            var agent = agents.GetValueOrDefault(Str(caller, "ag"));
            if (agent is null || Str(agent, "st") != "oncall" || Str(agent, "call") != sid)
            {
                violations.Add($"connected caller {sid} has no counselor on the call");
            }
        }
        // Scheduled reservations (a session the counselor interprets): never two of one counselor at once.
        foreach (var (id, agent) in agents)
        {
            var holds = agent["sch"] is JsonArray list ? list.Select(hold => (Start: Num(hold!, "s"), End: Num(hold!, "e"), Id: Str(hold!, "i"))).ToList() : [];
            violations.AddRange(holds.SelectMany(one => holds.Where(other => string.CompareOrdinal(one.Id, other.Id) < 0 && one.Start < other.End && other.Start < one.End)
                .Select(other => $"counselor {id} is held twice at once: {one.Id} and {other.Id}")));
        }
        return violations;
    }

    private static async Task<Dictionary<string, JsonNode>> ReadAsync(IDatabase redis, RedisKey key) =>
        (await redis.HashGetAllAsync(key)).ToDictionary(entry => (string)entry.Name!, entry => JsonNode.Parse((string)entry.Value!)!);

    private static string Str(JsonNode node, string name) => node[name]?.ToString() ?? "";

    private static long Num(JsonNode node, string name) => (long)(node[name]?.GetValue<double>() ?? 0);

    private static IEnumerable<string> Prefixes(string language, IEnumerable<string> teams) => teams.Select(team => $"{language}#{team}").Prepend(language);

    private static IEnumerable<string> Teams(JsonNode agent) => agent["tm"] is JsonArray teams ? teams.Select(team => team!.ToString()) : [];

    private static IEnumerable<(string Language, int Level)> Skills(JsonNode agent) =>
        agent["sk"] is JsonObject skills ? skills.Select(skill => (skill.Key, (int)skill.Value!.GetValue<double>())) : [];

    private static void Check(string what, long expected, long actual, List<string> violations)
    {
        if (expected != actual)
        {
            violations.Add($"{what}: recount {expected}, counter {actual}");
        }
    }

    private static void Compare(string what, HashSet<string> expected, HashSet<string> actual, List<string> violations)
    {
        violations.AddRange(expected.Except(actual).Select(member => $"{what} lacks {member}"));
        violations.AddRange(actual.Except(expected).Select(member => $"{what} has stray {member}"));
    }
}
