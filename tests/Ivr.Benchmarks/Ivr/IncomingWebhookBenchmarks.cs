using BenchmarkDotNet.Attributes;

namespace Ivr.Benchmarks.Ivr;

/// <summary>
/// POST /twilio/voice/incoming (signature check, session in Redis, the menu as TwiML) against a bare ASP.NET Core
/// endpoint returning a constant string, both on real Kestrel over loopback in the same run.
/// Each invocation is a closed-loop burst (mean per request = 1 / throughput); after the iterations, an open-loop
/// run at a fixed 1,000 requests per second gives p50/p99 latency. See docs/benchmarks-ivr.md.
/// Run: dotnet run -c Release --project tests/Ivr.Benchmarks -- --filter '*IncomingWebhook*'
/// </summary>
[Config(typeof(InProcessMonitoringConfig))]
public class IncomingWebhookBenchmarks
{
    private const int Burst = 4000;
    private const int Concurrency = 32;

    private WebhookServers servers = null!;
    private HttpClient client = null!;

    [Params("bare", "incoming")]
    public string Target { get; set; } = "";

    private Func<HttpRequestMessage> Request => Target == "bare" ? servers.Bare : servers.Incoming;

    [GlobalSetup]
    public void Start()
    {
        servers = WebhookServers.StartAsync().GetAwaiter().GetResult();
        client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        // Steady state, not start-up: the IVR host has far more code than the bare endpoint, and tiered JIT (with
        // dynamic PGO) keeps recompiling it for tens of thousands of requests; BenchmarkDotNet's two warm-up
        // iterations (8,000 requests) measured mostly the JIT. Both targets get the same warm-up.
        var warmUp = System.Diagnostics.Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUp)
        {
            LoadGenerator.ClosedLoopAsync(client, Request, Burst, Concurrency).GetAwaiter().GetResult();
        }
    }

    /// <summary>Closed-loop load before the measured iterations (override: IVR_BENCH_WARMUP_SECONDS).</summary>
    private static TimeSpan WarmUp =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("IVR_BENCH_WARMUP_SECONDS"), out var seconds) ? seconds : 30);

    [Benchmark(OperationsPerInvoke = Burst)]
    public async Task<int> Saturated()
    {
        var result = await LoadGenerator.ClosedLoopAsync(client, Request, Burst, Concurrency);
        Last = result;
        return result.Errors;
    }

    public LoadResult? Last { get; private set; }

    [GlobalCleanup]
    public void Stop()
    {
        var paced = LoadGenerator.OpenLoopAsync(client, Request, perSecond: 1000, TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        Console.WriteLine("| Target | Requests | Errors | Requests/s | p50 ms | p99 ms | p99.9 ms | process CPU µs/request |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(Last?.Row($"{Target}, closed loop x{Concurrency} (last iteration)"));
        Console.WriteLine(paced.Row($"{Target}, open loop at 1,000/s for 10 s"));
        client.Dispose();
        servers.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
