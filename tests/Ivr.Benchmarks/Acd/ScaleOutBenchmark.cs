using System.Diagnostics;
using System.Globalization;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using StackExchange.Redis;

namespace Ivr.Benchmarks.Acd;

/// <summary>
/// Capacity grows by shards: routing decisions per second for one contact center on one Redis Cluster primary, against
/// two contact centers whose hash tags live on two different primaries, in the same run. Each center has the routing
/// benchmark's population (<see cref="AcdBenchmarkData"/>) and its own connection, and is driven open-loop: decisions
/// are started on a fixed schedule whether or not the earlier ones have answered, and each is timed from the moment it
/// was due, so a Redis that falls behind shows as latency instead of slowing the load down. At each offered rate the
/// single center runs alone, then both centers at once, from the same population (matched callers are put back).
/// See docs/benchmarks-acd.md. Run: dotnet run -c Release --project tests/Ivr.Benchmarks -- scale-out [seconds per step]
/// </summary>
public static class ScaleOutBenchmark
{
    private static readonly int[] RatesPerCenter = [1_000, 2_000, 3_000, 4_000, 6_000];

    public static async Task RunAsync(double secondsPerStep)
    {
        var seeds = Environment.GetEnvironmentVariable("IVR_REDIS_CLUSTER") ?? "127.0.0.1:7001,127.0.0.1:7002,127.0.0.1:7003";
        var admin = ConfigurationOptions.Parse(seeds);
        admin.AllowAdmin = true;
        await using var control = await ConnectionMultiplexer.ConnectAsync(admin);
        var first = await CenterAsync(control, seeds, exceptOwner: null);
        var second = await CenterAsync(control, seeds, exceptOwner: first.Owner);
        try
        {
            Console.WriteLine($"{first.Name} on {first.Owner}, {second.Name} on {second.Owner}; filling both ({AcdBenchmarkData.Callers:N0} callers, {AcdBenchmarkData.Counselors:N0} counselors each)");
            var now = TimeProvider.System.GetUtcNow();
            first.Callers = await AcdBenchmarkData.FillAsync(first.Engine, now);
            second.Callers = await AcdBenchmarkData.FillAsync(second.Engine, now);
            await DriveAsync([first], 500, 1); // warm-up: JIT, script caches
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"open loop, {secondsPerStep} s per step; latency from the moment each decision was due"));
            Console.WriteLine();
            Console.WriteLine("| offered per center | one primary: decisions/s | p50 / p99 ms | two primaries: decisions/s | p50 / p99 ms | two / one |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            foreach (var rate in RatesPerCenter)
            {
                var one = await DriveAsync([first], rate, secondsPerStep);
                var two = await DriveAsync([first, second], rate, secondsPerStep);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {rate:N0}/s | {one.Rate:N0} | {one.P50:F2} / {one.P99:F2} | {two.Rate:N0} | {two.P50:F2} / {two.P99:F2} | {two.Rate / one.Rate:F2}x |"));
            }
        }
        finally
        {
            foreach (var center in new[] { first, second })
            {
                await ContactCenterCleanup.DeleteAsync(center.Connection, center.Name);
                await center.Connection.DisposeAsync();
            }
        }
    }

    private sealed class Center(string name, string owner, ConnectionMultiplexer connection)
    {
        public string Name { get; } = name;
        public string Owner { get; } = owner;
        public ConnectionMultiplexer Connection { get; } = connection;
        public AcdEngine Engine { get; } = new(connection.GetDatabase(), AcdBenchmarkData.Settings(name, matchOnEvents: false), TimeProvider.System);
        public Dictionary<string, EnqueueRequest> Callers { get; set; } = [];
    }

    private static async Task<Center> CenterAsync(ConnectionMultiplexer control, string seeds, string? exceptOwner)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = "acdbench-" + Guid.NewGuid().ToString("N")[..8];
            var owner = control.GetServer(new RedisKey($"{{cc:{name}}}:")).EndPoint.ToString()!;
            if (owner != exceptOwner || attempt > 100)
            {
                return new Center(name, owner, await ConnectionMultiplexer.ConnectAsync(seeds));
            }
        }
    }

    private sealed record Step(double Rate, double P50, double P99);

    private static async Task<Step> DriveAsync(Center[] centers, int ratePerCenter, double seconds)
    {
        var perCenter = (int)(ratePerCenter * seconds);
        var clock = Stopwatch.StartNew();
        var runs = centers.Select(center => DriveOneAsync(center, ratePerCenter, perCenter, clock)).ToList();
        var results = await Task.WhenAll(runs);
        var elapsed = clock.Elapsed.TotalSeconds;
        var latencies = results.SelectMany(result => result.Latencies).Order().ToList();
        await Task.WhenAll(centers.Zip(results).Select(pair => PutBackAsync(pair.First, pair.Second.Made)));
        return new Step(latencies.Count / elapsed, At(latencies, 0.50), At(latencies, 0.99));
    }

    private static async Task<(List<double> Latencies, List<Match> Made)> DriveOneAsync(Center center, int rate, int count, Stopwatch clock)
    {
        var started = clock.Elapsed.TotalSeconds;
        var pending = new List<Task<(double, Match?)>>(count);
        for (var i = 0; i < count;)
        {
            var due = Math.Min(count, (int)((clock.Elapsed.TotalSeconds - started) * rate) + 1);
            for (; i < due; i++)
            {
                pending.Add(DecideAsync(center.Engine, AcdBenchmarkData.LanguageCodes[i % AcdBenchmarkData.Languages], started + (double)i / rate, clock));
            }
            await Task.Delay(1);
        }
        var done = await Task.WhenAll(pending);
        return ([.. done.Select(result => result.Item1)], [.. done.Select(result => result.Item2).OfType<Match>()]);
    }

    private static async Task<(double, Match?)> DecideAsync(AcdEngine engine, string language, double dueAt, Stopwatch clock)
    {
        var match = await engine.TryMatchAsync(language);
        return ((clock.Elapsed.TotalSeconds - dueAt) * 1000, match);
    }

    private static Task PutBackAsync(Center center, List<Match> made) => Task.WhenAll(made.Select(async match =>
    {
        await center.Engine.RemoveCallerAsync(match.CallSid, "benchmark");
        await center.Engine.EnqueueCallerAsync(center.Callers[match.CallSid]);
    }));

    private static double At(List<double> sorted, double quantile) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(quantile * sorted.Count))];
}
