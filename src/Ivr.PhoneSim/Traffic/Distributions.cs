namespace Ivr.PhoneSim.Traffic;

internal static class Distributions
{
    public static TimeSpan Exponential(Random random, double meanSeconds) =>
        TimeSpan.FromSeconds(-meanSeconds * Math.Log(1 - random.NextDouble()));

    public static TimeSpan Uniform(Random random, double minSeconds, double maxSeconds) =>
        TimeSpan.FromSeconds(minSeconds + random.NextDouble() * (maxSeconds - minSeconds));
}
