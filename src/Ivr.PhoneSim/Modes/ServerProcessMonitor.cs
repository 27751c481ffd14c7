using System.Globalization;

namespace Ivr.PhoneSim.Modes;

/// <summary>
/// Samples a local server process's CPU time and resident memory from /proc (Linux) every interval, so a load run
/// can show whether the server keeps up and whether its memory stays flat.
/// </summary>
public sealed class ServerProcessMonitor(int pid, TimeSpan interval) : IAsyncDisposable
{
    private const double ClockTicksPerSecond = 100; // USER_HZ on Linux
    private readonly CancellationTokenSource stop = new();
    private readonly List<Sample> samples = [];
    private Task? sampling;

    public sealed record Sample(TimeSpan Elapsed, double CpuSeconds, long RssBytes);

    public IReadOnlyList<Sample> Samples
    {
        get
        {
            lock (samples)
            {
                return [.. samples];
            }
        }
    }

    public static ServerProcessMonitor? StartIfAsked(CommandLine command) =>
        (int)command.Number("server-pid", 0) is > 0 and var pid ? new ServerProcessMonitor(pid, TimeSpan.FromSeconds(command.Number("sample-every", 10))).Start() : null;

    public ServerProcessMonitor Start()
    {
        sampling = RunAsync();
        return this;
    }

    private async Task RunAsync()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(interval);
        do
        {
            if (Read() is not { } reading)
            {
                return; // the process ended
            }
            lock (samples)
            {
                samples.Add(new Sample(System.Diagnostics.Stopwatch.GetElapsedTime(started), reading.CpuSeconds, reading.RssBytes));
            }
        }
        while (await timer.WaitForNextTickAsync(stop.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default));
    }

    private (double CpuSeconds, long RssBytes)? Read()
    {
        try
        {
            // Field 2 (comm) may contain spaces: the fields after it start behind the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            var rssLine = File.ReadLines($"/proc/{pid}/status").First(line => line.StartsWith("VmRSS:", StringComparison.Ordinal));
            var rssKb = long.Parse(rssLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return (ticks / ClockTicksPerSecond, rssKb * 1024);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>One line per sample minute: elapsed, CPU cores used since the previous line, resident memory.</summary>
    public string Report()
    {
        var all = Samples;
        if (all.Count < 2)
        {
            return "server process: no samples (is --server-pid a running local process?)";
        }
        var lines = new List<string> { "server process (elapsed, CPU cores used in the interval, resident memory):" };
        var previous = all[0];
        foreach (var sample in all.Skip(1).Where((_, i) => (i + 1) % Math.Max(1, (int)(60 / interval.TotalSeconds)) == 0 || i == all.Count - 2))
        {
            var cores = (sample.CpuSeconds - previous.CpuSeconds) / Math.Max(0.001, (sample.Elapsed - previous.Elapsed).TotalSeconds);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {sample.Elapsed.TotalSeconds,6:F0} s  {cores,5:F2} cores  {sample.RssBytes / 1048576.0,7:F0} MB"));
            previous = sample;
        }
        var first = all[0];
        var last = all[^1];
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"  CPU {last.CpuSeconds - first.CpuSeconds:F0} s over {(last.Elapsed - first.Elapsed).TotalSeconds:F0} s; RSS start {first.RssBytes / 1048576.0:F0} MB, max {all.Max(s => s.RssBytes) / 1048576.0:F0} MB, end {last.RssBytes / 1048576.0:F0} MB"));
        return string.Join(Environment.NewLine, lines);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (sampling is not null)
        {
            await sampling;
        }
        stop.Dispose();
    }
}
