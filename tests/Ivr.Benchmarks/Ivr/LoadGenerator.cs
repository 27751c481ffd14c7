using System.Diagnostics;

namespace Ivr.Benchmarks.Ivr;

/// <summary>
/// An in-process HTTP load generator. Closed loop: N workers back to back, for throughput. Open loop: requests
/// started on a fixed schedule, latency measured from the scheduled start (so a stall is not hidden).
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> ClosedLoopAsync(HttpClient client, Func<HttpRequestMessage> request, int total, int concurrency)
    {
        var latencies = new double[total];
        var next = -1;
        var errors = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < total)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request());
                await response.Content.ReadAsByteArrayAsync();
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return new LoadResult(total, errors, clock.Elapsed, latencies) { Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu };
    }

    public static async Task<LoadResult> OpenLoopAsync(HttpClient client, Func<HttpRequestMessage> request, int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var requests = Enumerable.Range(0, total).Select(_ => request()).ToArray();
        var latencies = new double[total];
        var errors = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var running = new List<Task>(total);
        for (var index = 0; index < total; index++)
        {
            var due = TimeSpan.FromSeconds((double)index / perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }
            var slot = index;
            running.Add(Task.Run(async () =>
            {
                using var response = await client.SendAsync(requests[slot]);
                await response.Content.ReadAsByteArrayAsync();
                latencies[slot] = (clock.Elapsed - due).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }));
        }
        await Task.WhenAll(running);
        return new LoadResult(total, errors, clock.Elapsed, latencies) { Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu };
    }
}
