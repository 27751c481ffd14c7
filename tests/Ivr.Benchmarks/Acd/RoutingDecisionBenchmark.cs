using System.Diagnostics;
using System.Globalization;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using StackExchange.Redis;

namespace Ivr.Benchmarks.Acd;

/// <summary>
/// Routing decisions (one atomic match script each) against a bare EVALSHA round trip on the same Redis, one call at a
/// time, with 10,000 callers waiting and 2,000 counselors across 20 languages. The two alternate in blocks, so both
/// meet the same machine (this shared VM's speed drifts by up to 2x within minutes). After each round the matched
/// callers are hung up and queued again with their arrival time, so every round starts from the same population.
/// Then every counselor takes a break and the same rounds measure decisions that find no one idle (a busy center's
/// usual decision: a caller joins while everyone is taken). A third block in both runs is the floor of a decision
/// (<see cref="DecisionFloor"/>: the commands no decision can do without, and no JSON, rules or choices), which splits
/// the gap to the bare rate into Redis's price per command and the script's own work. See docs/benchmarks-acd.md. Run: dotnet run -c Release --project tests/Ivr.Benchmarks -- routing [rounds, default 10]
/// </summary>
public static class RoutingDecisionBenchmark
{
    private const int Decisions = 1_000;
    private const int Block = 100;

    private static readonly LuaScript Bare = LuaScript.Prepare("return @Value");

    public static async Task RunAsync(int rounds)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:6380");
        var redis = connection.GetDatabase();
        var contactCenter = "acdbench-" + Guid.NewGuid().ToString("N")[..8];
        var engine = new AcdEngine(redis, AcdBenchmarkData.Settings(contactCenter, matchOnEvents: false), TimeProvider.System);
        var callers = await AcdBenchmarkData.FillAsync(engine, TimeProvider.System.GetUtcNow());
        try
        {
            var floor = new DecisionFloor(redis, engine.Keys);
            var matching = await MeasureAsync(redis, engine, floor, callers, rounds);
            await AcdBenchmarkData.BreakEveryoneAsync(engine);
            var empty = await MeasureAsync(redis, engine, floor, callers, rounds);
            Console.WriteLine();
            Console.WriteLine($"{rounds} rounds of {Decisions:N0} routing decisions and as many bare EVALSHA calls, in alternating blocks of {Block}; {AcdBenchmarkData.Callers:N0} callers and {AcdBenchmarkData.Counselors:N0} counselors across {AcdBenchmarkData.Languages} languages");
            Print("routing decision", matching, $"decisions without a match: {Decisions * rounds - matching.Matches}");
            Print("decision, nobody idle", empty, $"every counselor on a break; decisions with a match: {empty.Matches}");
        }
        finally
        {
            await ContactCenterCleanup.DeleteAsync(connection, contactCenter);
        }
    }

    private sealed record Measured(List<double> Bare, List<double> Floor, List<double> Decisions, List<double> FloorRatios, List<double> Ratios, int Matches);

    private static async Task<Measured> MeasureAsync(IDatabase redis, AcdEngine engine, DecisionFloor floor, Dictionary<string, EnqueueRequest> callers, int rounds)
    {
        List<double> bare = [], floors = [], decisions = [], floorRatios = [], ratios = [];
        var matches = 0;
        // Round 0 warms up (JIT, script cache) and is not counted.
        for (var round = 0; round <= rounds; round++)
        {
            var (roundBare, roundFloor, roundDecisions, made) = await RoundAsync(redis, engine, floor);
            if (round > 0)
            {
                matches += made.Count;
                bare.AddRange(roundBare);
                floors.AddRange(roundFloor);
                decisions.AddRange(roundDecisions);
                floorRatios.Add(roundBare.Average() / roundFloor.Average());
                ratios.Add(roundBare.Average() / roundDecisions.Average());
            }
            await Task.WhenAll(made.Select(async match =>
            {
                await engine.RemoveCallerAsync(match.CallSid, "benchmark");
                await engine.EnqueueCallerAsync(callers[match.CallSid]);
            }));
        }
        return new Measured(bare, floors, decisions, floorRatios, ratios, matches);
    }

    // Blocks of bare calls and decisions alternate: each runs back to back in its own steady state (a bare call right
    // after a decision would wait for threads the decision let sleep), and the blocks are short enough to see the
    // same machine. The floor's calls are undone before the decisions' block, so the two never see each other's work.
    private static async Task<(List<double> Bare, List<double> Floor, List<double> Decisions, List<Match> Made)> RoundAsync(IDatabase redis, AcdEngine engine, DecisionFloor floor)
    {
        var bare = new List<double>(Decisions);
        var floors = new List<double>(Decisions);
        var decisions = new List<double>(Decisions);
        var made = new List<Match>(Decisions);
        for (var block = 0; block < Decisions; block += Block)
        {
            for (var i = block; i < block + Block; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await Bare.EvaluateAsync(redis, new { Value = (RedisValue)i });
                bare.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            }
            for (var i = block; i < block + Block; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await floor.DecideAsync(AcdBenchmarkData.LanguageCodes[i % AcdBenchmarkData.Languages]);
                floors.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            }
            await floor.UndoAsync();
            for (var i = block; i < block + Block; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var match = await engine.TryMatchAsync(AcdBenchmarkData.LanguageCodes[i % AcdBenchmarkData.Languages]);
                decisions.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                if (match is not null)
                {
                    made.Add(match);
                }
            }
        }
        return (bare, floors, decisions, made);
    }

    private static void Print(string decision, Measured measured, string note)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine($"{decision}: {note}");
        Console.WriteLine();
        Console.WriteLine("| Call | n | p10 µs | p50 µs | p90 µs | p99 µs | max µs | mean µs | rate, one at a time |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, samples) in new[] { ("bare EVALSHA", measured.Bare), ("floor of a decision", measured.Floor), (decision, measured.Decisions) })
        {
            var sorted = samples.Order().ToList();
            double At(double quantile) => sorted[Math.Min(sorted.Count - 1, (int)(quantile * sorted.Count))];
            Console.WriteLine(string.Create(culture,
                $"| {name} | {sorted.Count:N0} | {At(0.10):F0} | {At(0.50):F0} | {At(0.90):F0} | {At(0.99):F0} | {sorted[^1]:F0} | {sorted.Average():F0} | {1_000_000 / sorted.Average():N0}/s |"));
        }
        Console.WriteLine();
        foreach (var (name, ratios) in new[] { ("floor of a decision", measured.FloorRatios), (decision, measured.Ratios) })
        {
            var sorted = ratios.Order().ToList();
            Console.WriteLine(string.Create(culture,
                $"{name} rate / bare EVALSHA rate, per round: median {sorted[sorted.Count / 2]:P0} (lowest {sorted[0]:P0}, highest {sorted[^1]:P0})"));
        }
    }
}
