using System.Collections.Concurrent;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Traffic;
using StackExchange.Redis;

namespace Ivr.Server.Tests.FaultProgramme;

/// <summary>
/// Compares the simulator's queue with the ACD every few seconds: a caller waiting in the simulator's &lt;Enqueue&gt;
/// whom the ACD's caller table has not held at three looks in a row (10-15 s) has been forgotten (they would wait until their
/// patience ran out, and count as abandoned). Looks that fail (Redis restarting or stalled) are skipped.
/// </summary>
public sealed class AcdWatch(string redis, string contactCenter, Func<IEnumerable<(SimCall Call, VirtualCaller Caller)>> callers)
{
    private readonly ConcurrentDictionary<string, int> missing = new(StringComparer.Ordinal);
    private readonly RedisKey table = $"{{cc:{contactCenter}}}:acd:callers";

    public IReadOnlySet<string> Forgotten => missing.Where(pair => pair.Value >= 3).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync($"{redis},abortConnect=false,syncTimeout=3000,asyncTimeout=3000");
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            try
            {
                await LookAsync(connection.GetDatabase());
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // Redis restarting or stalled: the next look counts
            }
        }
    }

    private async Task LookAsync(IDatabase database)
    {
        var waiting = callers().Where(pair => pair.Caller.Queued && !pair.Call.IsEnded).Select(pair => pair.Call.Sid).ToArray();
        var known = await Task.WhenAll(waiting.Select(sid => database.HashExistsAsync(table, sid)));
        // A caller still queued in the simulator after the look (not just put through or gone) and unknown to the ACD.
        var queuedNow = callers().Where(pair => pair.Caller.Queued && !pair.Call.IsEnded).Select(pair => pair.Call.Sid).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < waiting.Length; i++)
        {
            if (!known[i] && queuedNow.Contains(waiting[i]))
            {
                missing.AddOrUpdate(waiting[i], 1, (_, n) => n + 1);
            }
            else
            {
                missing.TryRemove(waiting[i], out _);
            }
        }
    }
}
