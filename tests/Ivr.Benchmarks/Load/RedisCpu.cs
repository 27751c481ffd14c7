using StackExchange.Redis;

namespace Ivr.Benchmarks.Load;

/// <summary>
/// Redis's CPU time so far (its main process, and the forks that rewrote its append-only file), from <c>INFO cpu</c>:
/// Redis shares the machine's cores with the server, so its cost per request belongs in the comparison.
/// </summary>
public sealed class RedisCpu(IConnectionMultiplexer admin) : IAsyncDisposable
{
    /// <summary>INFO needs a connection in admin mode, which the server under test does not have.</summary>
    public static async Task<RedisCpu> ConnectAsync(string configuration) =>
        new(await ConnectionMultiplexer.ConnectAsync(configuration + ",allowAdmin=true"));

    public async Task<TimeSpan> ReadAsync()
    {
        var info = await admin.GetServer(admin.GetEndPoints()[0]).InfoAsync("cpu");
        var seconds = info.SelectMany(group => group)
            .Where(pair => pair.Key.StartsWith("used_cpu_", StringComparison.Ordinal) && !pair.Key.EndsWith("_main_thread", StringComparison.Ordinal))
            .Sum(pair => double.Parse(pair.Value, System.Globalization.CultureInfo.InvariantCulture));
        return TimeSpan.FromSeconds(seconds);
    }

    public ValueTask DisposeAsync() => admin.DisposeAsync();
}
