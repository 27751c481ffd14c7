namespace Ivr.Benchmarks.Load;

/// <summary>Requests, failures, wall time and each request's latency (ms) of one load run.</summary>
public sealed record LoadResult(int Requests, int Errors, TimeSpan Elapsed, double[] Latencies)
{
    /// <summary>CPU time of this process (generator and server together) during the run.</summary>
    public TimeSpan Cpu { get; init; }

    public double PerSecond => Requests / Elapsed.TotalSeconds;

    /// <summary>Redis's CPU time during the run, where measured (see <see cref="RedisCpu"/>).</summary>
    public TimeSpan RedisCpu { get; init; }

    /// <summary>Less sensitive to other load on the machine than requests per second (Redis's own CPU is not in it).</summary>
    public double CpuMicrosecondsPerRequest => Cpu.TotalMicroseconds / Requests;

    public double RedisCpuMicrosecondsPerRequest => RedisCpu.TotalMicroseconds / Requests;

    public double Percentile(double percentile)
    {
        var sorted = Latencies.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
