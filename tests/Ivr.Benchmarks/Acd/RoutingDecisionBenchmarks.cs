using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using StackExchange.Redis;

namespace Ivr.Benchmarks.Acd;

/// <summary>
/// Routing decisions (one atomic match script each) against a bare EVALSHA round trip on the same Redis, one call
/// at a time, with 10,000 callers waiting and 2,000 counselors across 20 languages. Each iteration makes 1,000
/// decisions; the cleanup hangs those callers up and queues them again with their arrival time, so every
/// iteration starts from the same population. See docs/benchmarks-acd.md.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10, invocationCount: 1)]
public class RoutingDecisionBenchmarks
{
    private const int Operations = 1_000;

    private static readonly LuaScript Bare = LuaScript.Prepare("return @Value");

    private readonly List<Match> made = [];
    private readonly LatencyRecorder decisions = new("routing decision");
    private readonly LatencyRecorder bareCalls = new("bare EVALSHA");
    private ConnectionMultiplexer connection = null!;
    private IDatabase redis = null!;
    private AcdEngine engine = null!;
    private AcdEngine restorer = null!;
    private Dictionary<string, EnqueueRequest> callers = null!;
    private string contactCenter = "";
    private int misses;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        connection = await ConnectionMultiplexer.ConnectAsync(Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:6380");
        redis = connection.GetDatabase();
        contactCenter = "bench-" + Guid.NewGuid().ToString("N")[..8];
        engine = new AcdEngine(redis, AcdBenchmarkData.Settings(contactCenter, matchOnEvents: false), TimeProvider.System);
        restorer = new AcdEngine(redis, AcdBenchmarkData.Settings(contactCenter, matchOnEvents: false), TimeProvider.System);
        callers = await AcdBenchmarkData.FillAsync(restorer, TimeProvider.System.GetUtcNow());
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public async Task BareEvalSha()
    {
        for (var i = 0; i < Operations; i++)
        {
            await bareCalls.TimeAsync(() => Bare.EvaluateAsync(redis, new { Value = (RedisValue)i }));
        }
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public async Task RoutingDecision()
    {
        for (var i = 0; i < Operations; i++)
        {
            var language = AcdBenchmarkData.LanguageCodes[i % AcdBenchmarkData.Languages];
            if (await decisions.TimeAsync(() => engine.TryMatchAsync(language)) is { } match)
            {
                made.Add(match);
            }
            else
            {
                misses++;
            }
        }
    }

    [IterationCleanup]
    public void RestorePopulation()
    {
        Task.WhenAll(made.Select(async match =>
        {
            await restorer.RemoveCallerAsync(match.CallSid, "benchmark");
            await restorer.EnqueueCallerAsync(callers[match.CallSid]);
        })).GetAwaiter().GetResult();
        made.Clear();
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        Console.WriteLine($"// {bareCalls.Summary()}");
        Console.WriteLine($"// {decisions.Summary()}; decisions without a match: {misses}");
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: $"{{cc:{contactCenter}}}:*", pageSize: 1000))
        {
            keys.Add(key);
        }
        foreach (var chunk in keys.Chunk(1000))
        {
            await redis.KeyDeleteAsync(chunk);
        }
        await connection.DisposeAsync();
    }
}
