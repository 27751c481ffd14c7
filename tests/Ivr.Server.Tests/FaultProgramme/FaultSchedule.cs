using System.Diagnostics;
using Ivr.PhoneSim.Rest;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Instances;

namespace Ivr.Server.Tests.FaultProgramme;

/// <summary>
/// The five faults of issue 18, one after the other at fixed shares of the run: kill -9 of instance B (restarted on
/// its port 10 s later), a Redis restart (AOF, data kept), a 5 s Redis stall, Twilio's REST API failing (503, then
/// timing out), PostgreSQL stopped. A full run (10 minutes) has the durations; a shorter one scales the REST
/// and PostgreSQL outages down (not below 10 and 15 s) so that every fault fits.
/// </summary>
public sealed class FaultSchedule(InstanceCluster cluster, PrivateRedis redis, PrivatePostgres postgres, FallbackCounter fallbacks, TimeSpan duration)
{
    private readonly List<FaultWindow> windows = [];

    public IReadOnlyList<FaultWindow> Windows => windows;

    public async Task RunAsync()
    {
        var run = Stopwatch.StartNew();
        var scale = Math.Min(1, duration.TotalSeconds / 600);
        await At(0.08, "kill -9 of instance B, restarted 10 s later", async () =>
        {
            await fallbacks.ScrapeAsync(cluster.Servers[1]); // its counters die with it
            await cluster.Servers[1].KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(10));
            await cluster.RestartAsync(1);
        });
        await At(0.25, "Redis restart (AOF)", () => redis.RestartAsync(TimeSpan.FromSeconds(1)));
        await At(0.38, "Redis stall 5 s (SIGSTOP)", async () =>
        {
            redis.Pause();
            await Task.Delay(TimeSpan.FromSeconds(5));
            redis.Resume();
        });
        var rest = TimeSpan.FromSeconds(Math.Max(10, 30 * scale));
        await At(0.50, $"Twilio REST 503 then timeouts, {rest.TotalSeconds:0} s", async () =>
        {
            cluster.Twilio.RestOutage.Begin(RestOutageKind.Unavailable, rest / 2);
            await Task.Delay(rest / 2);
            cluster.Twilio.RestOutage.Begin(RestOutageKind.Timeout, rest / 2);
            await Task.Delay(rest / 2);
        });
        var database = TimeSpan.FromSeconds(Math.Max(15, 60 * scale));
        await At(0.65, $"PostgreSQL stopped {database.TotalSeconds:0} s", async () =>
        {
            await postgres.StopServerAsync();
            await Task.Delay(database);
            await postgres.StartServerAsync();
        });

        async Task At(double share, string name, Func<Task> fault)
        {
            var due = duration * share - run.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
            var start = cluster.Twilio.Clock.GetUtcNow();
            await fault();
            windows.Add(new FaultWindow(name, start, cluster.Twilio.Clock.GetUtcNow()));
        }
    }
}
