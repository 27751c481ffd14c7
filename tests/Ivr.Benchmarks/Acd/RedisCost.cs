using System.Diagnostics;
using System.Globalization;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using StackExchange.Redis;

namespace Ivr.Benchmarks.Acd;

/// <summary>
/// What one routing decision costs Redis itself, next to a bare EVALSHA and the floor of a decision
/// (<see cref="DecisionFloor"/>), and a decision that finds no one idle
/// (every counselor on a break): server microseconds per call
/// (<c>INFO commandstats</c>) and Redis CPU per call (<c>INFO cpu</c>), and, when Redis runs under
/// <c>valgrind --tool=callgrind</c> (IVR_CALLGRIND_PID set), a callgrind dump per phase for instruction counts.
/// Unlike latency these barely move with other load on the machine. Use a private Redis: the counters are global.
/// Run: dotnet run -c Release --project tests/Ivr.Benchmarks -- redis-cost [decisions, default 1000]  (see docs/benchmarks-acd.md)
/// </summary>
public static class RedisCost
{
    private static readonly LuaScript Bare = LuaScript.Prepare("return @Value");

    public static async Task RunAsync(int operations)
    {
        var address = Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:6380";
        await using var connection = await ConnectionMultiplexer.ConnectAsync($"{address},allowAdmin=true,syncTimeout=120000,asyncTimeout=120000");
        var redis = connection.GetDatabase();
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var contactCenter = "acdcost-" + Guid.NewGuid().ToString("N")[..8];
        var engine = new AcdEngine(redis, AcdBenchmarkData.Settings(contactCenter, matchOnEvents: false), TimeProvider.System);
        var callers = await AcdBenchmarkData.FillAsync(engine, TimeProvider.System.GetUtcNow());
        try
        {
            await MeasureAsync(server, "bare EVALSHA", operations, async i => await Bare.EvaluateAsync(redis, new { Value = (RedisValue)i }));
            var floor = new DecisionFloor(redis, engine.Keys);
            await MeasureAsync(server, "floor of a decision", operations, i => floor.DecideAsync(AcdBenchmarkData.LanguageCodes[i % AcdBenchmarkData.Languages]));
            await floor.UndoAsync();
            var made = new List<Match>();
            await MeasureAsync(server, "routing decision", operations, async i =>
            {
                if (await engine.TryMatchAsync(AcdBenchmarkData.LanguageCodes[i % AcdBenchmarkData.Languages]) is { } match)
                {
                    made.Add(match);
                }
            });
            Console.WriteLine($"// decisions with a match: {made.Count} of {operations}");

            // The busy center's usual case: a caller joins while every counselor is taken, and the decision finds no one.
            await AcdBenchmarkData.BreakEveryoneAsync(engine);
            var found = 0;
            await MeasureAsync(server, "decision, nobody idle", operations, async i =>
            {
                if (await engine.TryMatchAsync(AcdBenchmarkData.LanguageCodes[i % AcdBenchmarkData.Languages]) is not null)
                {
                    found++;
                }
            });
            Console.WriteLine($"// decisions with a match while nobody is idle: {found} of {operations}");
        }
        finally
        {
            await ContactCenterCleanup.DeleteAsync(connection, contactCenter);
        }
    }

    private static async Task MeasureAsync(IServer server, string name, int operations, Func<int, Task> operation)
    {
        await server.ExecuteAsync("CONFIG", "RESETSTAT");
        Callgrind("-z");
        var cpu = await RedisCpuAsync(server);
        for (var i = 0; i < operations; i++)
        {
            await operation(i);
        }
        var used = await RedisCpuAsync(server) - cpu;
        Callgrind("-d " + name.Replace(' ', '-'));
        var stats = await server.InfoAsync("commandstats");
        var evalsha = stats.SelectMany(group => group).First(pair => pair.Key == "cmdstat_evalsha").Value;
        var usec = double.Parse(evalsha.Split(',').First(part => part.StartsWith("usec=", StringComparison.Ordinal))[5..], CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {name}: {operations} calls; Redis inside EVALSHA {usec / operations:F1} us/call; Redis CPU {used.TotalMicroseconds / operations:F1} us/call"));
        // What a call runs inside Redis: the commands its script called, per call.
        var commands = stats.SelectMany(group => group)
            .Where(pair => pair.Key.StartsWith("cmdstat_", StringComparison.Ordinal) && pair.Key is not ("cmdstat_evalsha" or "cmdstat_config" or "cmdstat_info"))
            .Select(pair => (Name: pair.Key["cmdstat_".Length..], Calls: double.Parse(pair.Value.Split(',')[0]["calls=".Length..], CultureInfo.InvariantCulture) / operations))
            .Where(command => command.Calls >= 0.005) // not the few set-up calls (script load, stats reset)
            .OrderByDescending(command => command.Calls);
        Console.WriteLine("//   per call: " + string.Join(", ", commands.Select(command => string.Create(CultureInfo.InvariantCulture, $"{command.Name} {command.Calls:0.##}"))));
    }

    private static async Task<TimeSpan> RedisCpuAsync(IServer server)
    {
        var info = (await server.InfoAsync("cpu")).SelectMany(group => group).ToDictionary(pair => pair.Key, pair => pair.Value);
        return TimeSpan.FromSeconds(double.Parse(info["used_cpu_user"], CultureInfo.InvariantCulture) + double.Parse(info["used_cpu_sys"], CultureInfo.InvariantCulture));
    }

    private static void Callgrind(string command)
    {
        if (Environment.GetEnvironmentVariable("IVR_CALLGRIND_PID") is { Length: > 0 } pid)
        {
            using var process = Process.Start("callgrind_control", $"{command} {pid}");
            process.WaitForExit();
        }
    }
}
