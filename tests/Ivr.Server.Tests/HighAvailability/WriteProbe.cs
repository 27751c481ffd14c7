using System.Diagnostics;
using StackExchange.Redis;

namespace Ivr.Server.Tests.HighAvailability;

/// <summary>
/// Appends a counter to a list through the server's own multiplexer every 20 ms and keeps each attempt's outcome, so a
/// test can say how long the server's Redis writes failed around a fault and which acknowledged writes were lost.
/// </summary>
public sealed class WriteProbe(IConnectionMultiplexer redis, RedisKey key) : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly List<(TimeSpan At, long Value, bool Written, string? Error)> attempts = [];
    private Task? loop;

    public Stopwatch Clock { get; } = new();

    public IEnumerable<long> Acknowledged => attempts.Where(attempt => attempt.Written).Select(attempt => attempt.Value);

    public IReadOnlyList<(TimeSpan At, long Value, bool Written, string? Error)> Attempts => attempts;

    public void Start()
    {
        Clock.Start();
        loop = Task.Run(async () =>
        {
            for (long value = 1; !stop.IsCancellationRequested; value++)
            {
                var at = Clock.Elapsed;
                try
                {
                    await redis.GetDatabase().ListRightPushAsync(key, value);
                    attempts.Add((at, value, true, null));
                }
                catch (Exception exception) when (exception is RedisException or TimeoutException)
                {
                    attempts.Add((at, value, false, exception.GetType().Name + ": " + exception.Message.Split('\n')[0]));
                }
                await Task.Delay(20);
            }
        });
    }

    /// <summary>From <paramref name="since"/> until the first write that succeeded after the last one that failed (zero when none failed).</summary>
    public TimeSpan Window(TimeSpan since)
    {
        var lastFailure = attempts.FindLastIndex(attempt => !attempt.Written && attempt.At >= since);
        if (lastFailure < 0)
        {
            return TimeSpan.Zero;
        }
        var recovered = attempts.Skip(lastFailure + 1).FirstOrDefault(attempt => attempt.Written);
        return recovered == default ? Clock.Elapsed - since : recovered.At - since;
    }

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await (loop ?? Task.CompletedTask);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }
}
