using StackExchange.Redis;

namespace Ivr.Server.Hosting;

/// <summary>
/// The loop of the background services that make one pass over the ACD's Redis state on a timer (sweeps, audits,
/// retries): a pass Redis could not serve is reported and the next tick tries again; stopping the host ends the loop.
/// </summary>
public static class RedisPasses
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, Func<Task> pass, Action<string> failed, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await pass();
                }
                catch (RedisException exception)
                {
                    failed(exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
