namespace Ivr.Server.Redis;

/// <summary>
/// The loop of the background services that make one pass over the ACD's Redis state on a timer (sweeps, audits,
/// retries): a pass that fails for any reason (Redis timing out or down, PostgreSQL or Twilio failing) is reported and
/// the next tick tries again, so no dependency can stop the process; only stopping the host ends the loop.
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
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // RedisTimeoutException is a TimeoutException, not a RedisException: catch by what failed, not by type.
                    failed($"{exception.GetType().Name}: {exception.Message}");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
