using System.Diagnostics;

namespace Ivr.Benchmarks.Load;

/// <summary>
/// An in-process HTTP load generator. Closed loop: N workers back to back, for throughput. Open loop: requests started
/// on a fixed schedule by a thread that sleeps until each is due, latency measured from the scheduled start (so a
/// stall in the server or the generator is not hidden).
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
                if (!await SendAsync(client, request()))
                {
                    Interlocked.Increment(ref errors);
                }
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        return new LoadResult(total, errors, clock.Elapsed, latencies) { Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu };
    }

    public static async Task<LoadResult> OpenLoopAsync(HttpClient client, Func<HttpRequestMessage> request, int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var sends = new Task<bool>[total];
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 100;
        long Due(int index) => start + index * Stopwatch.Frequency / perSecond;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paced = new TaskCompletionSource();
        var pacer = new Thread(() =>
        {
            Pacer.UseFineTimerSlack();
            for (var index = 0; index < total; index++)
            {
                Pacer.SleepUntil(Due(index));
                sends[index] = TimedAsync(index);
            }
            paced.SetResult();
        }) { IsBackground = true, Name = "open-loop pacer" };
        pacer.Start();
        await paced.Task;
        var results = await Task.WhenAll(sends);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new LoadResult(total, results.Count(ok => !ok), elapsed, latencies) { Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu };

        async Task<bool> TimedAsync(int index)
        {
            var ok = await SendAsync(client, request());
            latencies[index] = Stopwatch.GetElapsedTime(Due(index)).TotalMilliseconds;
            return ok;
        }
    }

    // The body is read to the end but not kept: the generator's garbage would otherwise trigger collections (pauses)
    // in this process, which hosts the servers too.
    private static async Task<bool> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await response.Content.CopyToAsync(Stream.Null);
        return response.IsSuccessStatusCode;
    }
}
