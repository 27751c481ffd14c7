using Ivr.Acd.Model;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Journal;
using Ivr.Server.CallRecords;
using Ivr.Server.Configuration;
using Ivr.Server.Redis;
using Ivr.Server.Telemetry;
using Ivr.Server.Tests.Faults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ivr.Server.Tests.HighAvailability;

/// <summary>
/// The server on Redis behind Sentinel (one primary, one replica, three sentinels) while an operator runs
/// <c>SENTINEL FAILOVER</c> in the middle of calls: one caller talking, two on hold, one arriving during the switch.
/// Calls go on, every caller reaches the counselor afterwards, once, every call leaves its record, and the server's
/// configuration subscription still hears changes.
/// Prints the window in which the server's writes failed, what the arriving caller heard, and the fallbacks served.
/// </summary>
public sealed class SentinelFailoverTests
{
    [Test]
    public async Task SentinelFailover_DuringCalls_CallsGoOnNobodyIsStuckAndEveryRecordArrives()
    {
        await using var redis = await PrivateSentinelGroup.StartAsync();
        await using var scene = await FaultScene.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var center = scene.Center;
        using var webhooks = new WebhookWatch(center.Server.Services.GetRequiredService<IvrMetrics>());
        var first = scene.PlaceCall("+821044440001");
        await scene.TalkAndWrapUpAsync(first);

        var talking = scene.PlaceCall("+821044440002");
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync(FaultScene.Counselor))?.CallSid == talking.Sid,
            "the second caller is talking to the counselor");
        SimCall[] onHold = [scene.PlaceCall("+821044440003"), scene.PlaceCall("+821044440004")];
        foreach (var call in onHold)
        {
            await center.EventuallyAsync(async () => (await center.Engine.GetCallerStatusAsync(call.Sid))?.State == CallerState.Waiting,
                $"{call.Sid} is on hold");
        }

        var multiplexer = center.Server.Services.GetRequiredService<IConnectionMultiplexer>();
        await using var probe = new WriteProbe(multiplexer, $"{{cc:{center.Server.ContactCenter}}}:ha-probe");
        probe.Start();
        await Task.Delay(500);
        var failoverStarted = probe.Clock.Elapsed;
        webhooks.Reset();
        var oldPrimary = redis.PrimaryPort();
        var failover = redis.FailoverAsync();
        var arriving = scene.PlaceCall("+821044440005");
        var newPrimary = await failover;
        var promoted = probe.Clock.Elapsed - failoverStarted;
        await redis.FollowsAsync(oldPrimary, newPrimary);
        var demoted = probe.Clock.Elapsed - failoverStarted;
        await Task.Delay(TimeSpan.FromSeconds(3));
        await probe.StopAsync();
        var window = probe.Window(failoverStarted);
        var stored = redis.Cli(newPrimary, "LRANGE", $"{{cc:{center.Server.ContactCenter}}}:ha-probe", "0", "-1")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(value => long.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var lost = probe.Acknowledged.Where(value => !stored.Contains(value)).ToList();
        var heard = Heard(center.Journal, arriving.Sid);
        var duringFailover = webhooks.Snapshot();
        var failures = probe.Attempts.Where(attempt => !attempt.Written).ToList();
        TestContext.Out.WriteLine($"failover {oldPrimary} -> {newPrimary}: sentinel named the new primary after {promoted.TotalMilliseconds:F0} ms, " +
            $"the old primary followed it after {demoted.TotalMilliseconds:F0} ms");
        TestContext.Out.WriteLine($"server writes: failed until {window.TotalMilliseconds:F0} ms after the failover began; {failures.Count} of " +
            $"{probe.Attempts.Count} probe writes failed ({string.Join("; ", failures.GroupBy(f => f.Error).Select(g =>
                $"{g.Count()} x {g.Key} from {(g.First().At - failoverStarted).TotalMilliseconds:F0} to {(g.Last().At - failoverStarted).TotalMilliseconds:F0} ms"))})");
        TestContext.Out.WriteLine($"acknowledged writes lost: {lost.Count}" + (lost.Count > 0 ? $" (values {lost.Min()}-{lost.Max()})" : ""));
        TestContext.Out.WriteLine($"the caller arriving during the failover heard: {string.Join(" | ", heard)}");
        TestContext.Out.WriteLine($"webhooks until the failover settled: {duringFailover.Count}, slowest {duringFailover.Slowest.TotalMilliseconds:F0} ms, " +
            $"answered by the fail-safe fallback: {duringFailover.Fallbacks}");

        // The configuration subscription survived the switch: a change published on the new primary reaches the server.
        var configuration = center.Server.Services.GetRequiredService<ConfigurationCache>();
        var snapshot = configuration.Loaded;
        redis.Cli(newPrimary, "PUBLISH", $"{{cc:{center.Server.ContactCenter}}}:config-changed", "changed");
        await center.EventuallyAsync(() => Task.FromResult(!ReferenceEquals(configuration.Loaded, snapshot)),
            "a configuration change published on the new primary reloads the server's configuration");

        await scene.TalkAndWrapUpAsync(talking);
        // The two on hold went through the menu at the same moment, so either may be first in line.
        var waiting = onHold.Append(arriving).ToList();
        while (waiting.Count > 0)
        {
            SimCall? next = null;
            await center.EventuallyAsync(async () =>
            {
                var onCall = (await center.Engine.GetCounselorAsync(FaultScene.Counselor))?.CallSid;
                next = waiting.FirstOrDefault(call => call.Sid == onCall);
                return next is not null;
            }, $"the counselor is put through to one of {string.Join(", ", waiting.Select(call => call.Sid))}");
            await scene.TalkAndWrapUpAsync(next!);
            waiting.Remove(next!);
        }
        var after = scene.PlaceCall("+821044440006");
        await scene.TalkAndWrapUpAsync(after);

        SimCall[] callers = [first, talking, .. onHold, arriving, after];
        foreach (var call in callers)
        {
            await WaitForRecordAsync(scene, call.Sid);
        }
        // Scripts are not replicated (Redis 7 replicates their effects), so the new primary learnt each script from a
        // NOSCRIPT answer that StackExchange.Redis and RedisScript turn into EVAL.
        TestContext.Out.WriteLine("new primary's error statistics: " + string.Join("; ", redis.Cli(newPrimary, "INFO", "errorstats")
            .Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("errorstat_", StringComparison.Ordinal))));
        var rings = center.Twilio.Calls.All.Where(call => call.To == "client:" + FaultScene.Counselor).OrderBy(call => call.DateCreated).ToList();
        Assert.That(newPrimary, Is.Not.EqualTo(oldPrimary));
        Assert.That(rings, Has.Count.EqualTo(callers.Length), "the counselor was rung once per caller");
        Assert.That(rings.Zip(rings.Skip(1)).Where(pair => pair.First.EndTime is not { } end || pair.Second.DateCreated < end)
            .Select(pair => $"{pair.Second.Sid} rang while {pair.First.Sid} was on"), Is.Empty, "the counselor was never reserved twice");
        Assert.That(await center.Engine.GetCounselorAsync(FaultScene.Counselor), Has.Property(nameof(CounselorStatus.State)).EqualTo(CounselorState.Available));
        Assert.That((await center.Engine.GetStatisticsAsync("en")).Waiting, Is.Zero, "nobody is left in the queue");
        Assert.That(scene.Errors(), Is.Empty, "no caller heard Twilio's application error and no webhook timed out");
        var state = scene.ProcessState();
        Assert.That(state.Stopped, Is.Empty);
        Assert.That(state.HostStopping, Is.False);
    }

    private static List<string> Heard(MemoryJournal journal, string callSid) => [.. journal.Events
        .Where(e => e.CallSid == callSid && e.Kind == SimEventKinds.Verb && e.Data.GetValueOrDefault("verb") is "Say" or "Play")
        .Select(e => $"{e.Data.GetValueOrDefault("verb")} {e.Data.GetValueOrDefault("text") ?? e.Data.GetValueOrDefault("url")}")];

    private static Task WaitForRecordAsync(FaultScene scene, string callSid) => scene.Center.EventuallyAsync(async () =>
    {
        await using var scope = scene.Center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().Calls.AsNoTracking()
            .AnyAsync(call => call.CallSid == callSid && call.ResidencyStatus != null);
    }, $"the record of {callSid} is written");
}
