using Ivr.Acd.Model;
using Ivr.PhoneSim.Calls;
using Ivr.Server.Counselors;
using Ivr.Server.Telemetry;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Faults;

/// <summary>
/// A caller Twilio holds in its queue whom the ACD forgot (their entry lost, or Redis restarted empty) is put back in
/// line by their next hold webhook, at the place their arrival gives, and reaches a counselor; a caller the ACD knows
/// is never queued twice.
/// </summary>
public sealed class ForgottenCallerTests
{
    [Test]
    public async Task HoldWebhook_CallerTheAcdForgot_IsQueuedAgainAheadOfALaterCallerAndReachesTheCounselorFirst()
    {
        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        await using var scene = await FaultScene.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        using var rejoins = Rejoins(scene);
        var engine = scene.Center.Engine;
        await engine.SetBreakAsync(FaultScene.Counselor, "lunch");
        var first = scene.PlaceCall("+821011120001");
        await WaitingAsync(scene, first);
        var later = scene.PlaceCall("+821011120002");
        await WaitingAsync(scene, later);

        // The ACD loses the first caller as a lost write would: gone from the engine, still on hold at Twilio.
        Assert.That((await engine.RemoveCallerAsync(first.Sid, "lost")).Removed, Is.True);
        await WaitingAsync(scene, first);

        Assert.That((await engine.GetCallerStatusAsync(first.Sid))!.Position, Is.EqualTo(1), "the first caller is back at their place");
        Assert.That((await engine.GetCallerStatusAsync(later.Sid))!.Position, Is.EqualTo(2));
        Assert.That(rejoins.Sum("ivr.queue.outcome", "joined"), Is.EqualTo(1), "the re-join is counted");
        await AvailableAsync(scene);
        await scene.TalkAndWrapUpAsync(first);
        await scene.TalkAndWrapUpAsync(later);
        Assert.That(scene.Errors(), Is.Empty);
    }

    [Test]
    public async Task HoldWebhook_RedisRestartedWithoutItsData_CallerOnHoldIsQueuedAgainAndAnsweredBeforeALaterCaller()
    {
        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        await using var scene = await FaultScene.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        await scene.Center.Engine.SetBreakAsync(FaultScene.Counselor, "lunch");
        var onHold = scene.PlaceCall("+821011120003");
        await WaitingAsync(scene, onHold);

        await redis.RestartEmptyAsync(down: TimeSpan.FromSeconds(1));
        var later = scene.PlaceCall("+821011120004");
        await WaitingAsync(scene, onHold);
        await WaitingAsync(scene, later);

        Assert.That((await scene.Center.Engine.GetCallerStatusAsync(onHold.Sid))!.Position, Is.EqualTo(1));
        // The counselor's presence went with the data: they sign in again, as their softphone would have them do.
        await scene.Center.SignInCounselorAsync(FaultScene.Counselor, "en");
        await scene.TalkAndWrapUpAsync(onHold);
        await scene.TalkAndWrapUpAsync(later);
        var state = scene.ProcessState();
        Assert.That(state.Stopped, Is.Empty);
        Assert.That(state.HostStopping, Is.False);
    }

    [Test]
    public async Task HoldWebhook_CallerTalkingToTheCounselor_IsNotQueuedAgain()
    {
        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        await using var scene = await FaultScene.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        using var rejoins = Rejoins(scene);
        var caller = scene.PlaceCall("+821011120005");
        await scene.Center.EventuallyAsync(async () => (await scene.Center.Engine.GetCallerStatusAsync(caller.Sid))?.State == CallerState.Connected,
            "the caller is talking to the counselor");

        // A hold request that overtook the connection (Twilio sent it while the caller was still in its queue).
        var hold = await scene.Center.Server.CreateClient().SendAsync(TwilioSigner.SignedPost("http://localhost/twilio/voice/hold?language=en", new Dictionary<string, string>
        {
            ["AccountSid"] = IvrServerFactory.AccountSid,
            ["CallSid"] = caller.Sid,
            ["CallStatus"] = "in-progress",
            ["QueueSid"] = "QU0123456789abcdef0123456789abcdef",
            ["QueueTime"] = "30",
            ["QueuePosition"] = "1",
        }));

        Assert.That(hold.IsSuccessStatusCode, Is.True, await hold.Content.ReadAsStringAsync());
        Assert.That((await scene.Center.Engine.GetCallerStatusAsync(caller.Sid))?.State, Is.EqualTo(CallerState.Connected));
        Assert.That((await scene.Center.Engine.GetStatisticsAsync("en")).Waiting, Is.Zero);
        Assert.That(rejoins.Total, Is.Zero, "nobody was queued again");
        await scene.TalkAndWrapUpAsync(caller);
    }

    private static CounterListener Rejoins(FaultScene scene) =>
        new(scene.Center.Server.Services.GetRequiredService<IvrMetrics>().Meter, "ivr.queue.rejoins");

    private static Task WaitingAsync(FaultScene scene, SimCall call) =>
        scene.Center.EventuallyAsync(async () => (await scene.Center.Engine.GetCallerStatusAsync(call.Sid))?.State == CallerState.Waiting,
            $"{call.Sid} waits in the ACD");

    private static async Task AvailableAsync(FaultScene scene) =>
        await scene.Center.Server.Services.GetRequiredService<CounselorActions>()
            .SetPresenceAsync(FaultScene.Counselor, new PresenceRequest("available", null), CancellationToken.None);
}
