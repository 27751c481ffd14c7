using System.Diagnostics;
using System.Globalization;
using Ivr.Benchmarks.Load;

namespace Ivr.Benchmarks.Ivr;

/// <summary>
/// POST /twilio/voice/incoming (signature check, session and call.arrived event in Redis, the menu as TwiML) against a
/// bare ASP.NET Core endpoint returning the same document as a constant string, both on real Kestrel over loopback,
/// in the same process and run. The two alternate, burst by burst, so both meet the same machine: this shared VM's
/// speed drifts by up to 2x within minutes. See docs/benchmarks-ivr.md.
/// Run: dotnet run -c Release --project tests/Ivr.Benchmarks -- webhook [rounds, default 30]
/// </summary>
public static class IncomingWebhookBenchmark
{
    private const int Burst = 4000;
    private const int Concurrency = 32;
    private const int OpenLoopRate = 1000;
    private static readonly TimeSpan OpenLoopDuration = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(int rounds)
    {
        await using var servers = await WebhookServers.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        await using var redis = await RedisCpu.ConnectAsync(WebhookServers.RedisConfiguration);
        var targets = new (string Name, Func<HttpRequestMessage> Request)[] { ("bare", servers.Bare), ("incoming", servers.Incoming) };

        // Steady state, not start-up: tiered JIT (with dynamic PGO) keeps recompiling the IVR host for tens of
        // thousands of requests. Both targets get the same warm-up.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUp)
        {
            foreach (var (_, request) in targets)
            {
                await LoadGenerator.ClosedLoopAsync(client, request, Burst, Concurrency);
            }
        }

        var closed = targets.ToDictionary(target => target.Name, _ => new List<LoadResult>());
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, request) in targets)
            {
                var redisBefore = await redis.ReadAsync();
                var result = await LoadGenerator.ClosedLoopAsync(client, request, Burst, Concurrency);
                closed[name].Add(result with { RedisCpu = await redis.ReadAsync() - redisBefore });
            }
            ratios.Add(closed["incoming"][^1].PerSecond / closed["bare"][^1].PerSecond);
        }

        var open = new List<(string Name, LoadResult Result)>();
        for (var run = 0; run < 2; run++)
        {
            foreach (var (name, request) in targets)
            {
                open.Add((name, await LoadGenerator.OpenLoopAsync(client, request, OpenLoopRate, OpenLoopDuration)));
            }
        }

        Print(rounds, closed, ratios, open);
    }

    /// <summary>Closed-loop load before the measured rounds (override: IVR_BENCH_WARMUP_SECONDS).</summary>
    private static TimeSpan WarmUp =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("IVR_BENCH_WARMUP_SECONDS"), out var seconds) ? seconds : 30);

    private static void Print(int rounds, Dictionary<string, List<LoadResult>> closed, List<double> ratios, List<(string Name, LoadResult Result)> open)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine($"Closed loop: {Concurrency} workers, {Burst:N0} requests per burst, {rounds} rounds of bare then incoming (medians over rounds)");
        Console.WriteLine();
        Console.WriteLine("| Target | Requests/s | slowest-fastest round | p50 ms | p99 ms | process CPU µs/request | Redis CPU µs/request |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, results) in closed)
        {
            var perSecond = results.Select(result => result.PerSecond).Order().ToList();
            Console.WriteLine(string.Create(culture,
                $"| {name} | {Median(perSecond):F0} | {perSecond[0]:F0}-{perSecond[^1]:F0} | {Median(results.Select(result => result.Percentile(50))):F2} | {Median(results.Select(result => result.Percentile(99))):F2} | {Median(results.Select(result => result.CpuMicrosecondsPerRequest)):F0} | {Median(results.Select(result => result.RedisCpuMicrosecondsPerRequest)):F0} |"));
        }
        var sorted = ratios.Order().ToList();
        Console.WriteLine();
        Console.WriteLine(string.Create(culture, $"incoming / bare throughput, per round: median {Median(sorted):P0} (lowest {sorted[0]:P0}, highest {sorted[^1]:P0})"));
        Console.WriteLine();
        Console.WriteLine($"Open loop: {OpenLoopRate:N0} requests/s for {OpenLoopDuration.TotalSeconds:F0} s, latency from each request's scheduled start");
        Console.WriteLine();
        Console.WriteLine("| Target | Requests | Errors | p50 ms | p99 ms | p99.9 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, result) in open)
        {
            Console.WriteLine(string.Create(culture,
                $"| {name} | {result.Requests} | {result.Errors} | {result.Percentile(50):F2} | {result.Percentile(99):F2} | {result.Percentile(99.9):F2} | {result.Latencies.Max():F2} |"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
