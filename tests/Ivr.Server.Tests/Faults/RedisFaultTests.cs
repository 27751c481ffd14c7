using System.Net;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Journal;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Faults;

/// <summary>
/// Redis stalling (<c>kill -STOP</c> longer than the client's 5 s timeout) and restarting under a running server, as an
/// operator would meet them: the process lives, its liveness answers, a caller in the middle hears something at every
/// step, and afterwards calls queue and match again.
/// </summary>
public sealed class RedisFaultTests
{
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(12);

    [Test]
    public async Task RedisPaused_LongerThanTheClientTimeout_ProcessLivesCallerHearsAnAnswerAndIsMatchedAfterwards()
    {
        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        await using var scene = await FaultScene.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        await scene.TalkAndWrapUpAsync(scene.PlaceCall("+821011110001"));

        redis.Pause();
        var duringStall = scene.PlaceCall("+821011110002");
        using var live = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var liveness = await scene.Center.Server.CreateClient().GetAsync("/health/live", live.Token);
        var ready = await scene.Center.Server.CreateClient().GetAsync("/health/ready");
        await Task.Delay(Stall);
        var spokenDuringStall = scene.SpokenTo(duringStall);
        var stateDuringStall = scene.ProcessState();
        redis.Resume();

        Assert.That(liveness.StatusCode, Is.EqualTo(HttpStatusCode.OK), "liveness answers while Redis is stalled");
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "an instance whose Redis stalls takes no calls");
        Assert.That(spokenDuringStall, Is.GreaterThan(0), "the caller heard something during the stall");
        Assert.That(stateDuringStall.Stopped, Is.Empty, "every background service survived the stall");
        Assert.That(stateDuringStall.HostStopping, Is.False);
        await scene.TalkAndWrapUpAsync(duringStall);
        var after = scene.ProcessState();
        Assert.That(after.Stopped, Is.Empty);
        Assert.That(after.HostStopping, Is.False);
        Assert.That(scene.Errors(), Is.Empty, "no caller heard Twilio's application error and no webhook timed out");
    }

    [Test]
    public async Task RedisPaused_WhenTheCounselorAnswers_TheAnswerIsAppliedWhenRedisIsBackAndTheCallerIsBroughtIn()
    {
        // Twilio sends the "answered" callback once: lost to a stall, it left the counselor on a call with nobody and
        // the caller on hold (the fault programme's double assignments after a Redis stall).
        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        await using var scene = await FaultScene.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var phone = new AnswerWhenToldParty();
        scene.Center.Twilio.Parties.Register("client:" + FaultScene.Counselor, phone);
        var caller = scene.PlaceCall("+821011110006");
        await phone.Ringing.WaitAsync(TimeSpan.FromSeconds(30));

        redis.Pause();
        phone.Answer();
        await Task.Delay(TimeSpan.FromSeconds(6)); // longer than the client's 5 s command timeout
        redis.Resume();

        await scene.Center.EventuallyAsync(async () => (await scene.Center.Engine.GetCounselorAsync(FaultScene.Counselor)) is { State: CounselorState.OnCall } counselor
            && counselor.CallSid == caller.Sid, "the counselor's answer was applied once Redis was back");
        await scene.Center.EventuallyAsync(() => Task.FromResult(caller.ConferenceSid is not null), "the caller was brought into the conference");
        var answered = scene.Center.Journal.Events.Where(e => e.Kind == SimEventKinds.WebhookResponse && e.Data.GetValueOrDefault("url")?.Contains("/voice/counselor/", StringComparison.Ordinal) == true)
            .Select(e => e.Data.GetValueOrDefault("status")).ToList();
        Assert.That(answered, Is.All.EqualTo("204"), "every callback of the counselor's leg was answered, none failed with 503");
        Assert.That(scene.Errors(), Is.Empty);
    }

    [Test]
    public async Task RedisRestarted_DuringCalls_CallsQueueAndMatchAgainAndNothingStops()
    {
        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        await using var scene = await FaultScene.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        await scene.TalkAndWrapUpAsync(scene.PlaceCall("+821011110003"));

        var beforeRestart = scene.PlaceCall("+821011110004");
        await scene.Center.EventuallyAsync(async () => (await scene.Center.Engine.GetCounselorAsync(FaultScene.Counselor))!.State == CounselorState.OnCall,
            "the second caller reached the counselor");
        await redis.RestartAsync(down: TimeSpan.FromSeconds(3));
        await scene.TalkAndWrapUpAsync(beforeRestart);
        await scene.TalkAndWrapUpAsync(scene.PlaceCall("+821011110005"));

        var state = scene.ProcessState();
        Assert.That(state.Stopped, Is.Empty);
        Assert.That(state.HostStopping, Is.False);
        Assert.That(scene.Errors(), Is.Empty);
    }
}
