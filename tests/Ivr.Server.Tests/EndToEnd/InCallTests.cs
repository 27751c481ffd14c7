using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Ivr.Server.CallControl;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// The counselor's in-call operations over the HTTP API, with the phone simulator as Twilio: mute, hold, transfer
/// to a language or a counselor, warm transfer, three-way with an outside number, and the end of a call.
/// </summary>
public sealed class InCallTests
{
    [Test]
    public async Task Call_View_ShowsTheConnectedCall()
    {
        await using var scene = await InCallScene.StartAsync();

        var view = await scene.Counselor.CallAsync();

        Assert.That(view!.Language, Is.EqualTo("zh"));
        Assert.That(view.ConnectedAt, Is.Not.Null);
        Assert.That((view.Muted, view.Held, view.Consult, view.Participants), Is.EqualTo((false, false, (ConsultView?)null, view.Participants)));
        Assert.That(view.Participants, Is.Empty);
    }

    [Test]
    public async Task Mute_MutesTheCounselorsParticipantAndUnmutes()
    {
        await using var scene = await InCallScene.StartAsync();
        var leg = scene.Counselor.LatestLeg();

        var muted = await scene.Counselor.PostAsync("/mute", new { muted = true });

        Assert.That(muted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await muted.Content.ReadFromJsonAsync<ActiveCallView>())!.Muted, Is.True);
        Assert.That(scene.ParticipantOf(leg.Sid)!.Muted, Is.True);
        Assert.That(scene.ParticipantOf(scene.Caller.Sid)!.Muted, Is.False, "the caller's microphone is untouched");

        var unmuted = await scene.Counselor.PostAsync("/mute", new { muted = false });

        Assert.That((await unmuted.Content.ReadFromJsonAsync<ActiveCallView>())!.Muted, Is.False);
        Assert.That(scene.ParticipantOf(leg.Sid)!.Muted, Is.False);
    }

    [Test]
    public async Task Hold_TheCallerHearsHoldAudioUntilTakenOffHold_AndTheRecordCountsHoldTime()
    {
        await using var scene = await InCallScene.StartAsync();

        var held = await scene.Counselor.PostAsync("/hold", new { held = true });

        Assert.That(held.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await held.Content.ReadFromJsonAsync<ActiveCallView>())!.Held, Is.True);
        Assert.That(scene.ParticipantOf(scene.Caller.Sid)!.Hold, Is.True);
        await scene.Center.EventuallyAsync(() => Task.FromResult(scene.Center.Journal.Events.Any(e =>
            e.Kind == SimEventKinds.WebhookRequest && e.CallSid == scene.Caller.Sid && e.Data["_url"]!.Contains("/twilio/voice/on-hold/zh", StringComparison.Ordinal))),
            "the simulator fetched the hold audio for the caller");
        await scene.Center.EventuallyAsync(() => Task.FromResult(scene.Center.Journal.Events.Any(e =>
            e.Kind == SimEventKinds.Verb && e.CallSid == scene.Caller.Sid && e.Data["verb"] is "Say" or "Play")), "the caller hears something while on hold");

        var resumed = await scene.Counselor.PostAsync("/hold", new { held = false });

        Assert.That((await resumed.Content.ReadFromJsonAsync<ActiveCallView>())!.Held, Is.False);
        Assert.That(scene.ParticipantOf(scene.Caller.Sid)!.Hold, Is.False);
        var types = await EventTypesAsync(scene, scene.Caller.Sid);
        Assert.That(types, Is.SupersetOf(new[] { CallEventTypes.HoldStarted, CallEventTypes.HoldEnded }));
    }

    [Test]
    public async Task TransferToLanguage_CallerLandsWithTheNewLanguagesCounselor_KeepingArrivalAndPriority()
    {
        await using var scene = await InCallScene.StartAsync();
        var vietnamese = await scene.SignInAsync("c-vi", "vi");
        var before = await CallerRecordAsync(scene);

        var transfer = await scene.Counselor.PostAsync("/transfer", new { language = "vi" });

        Assert.That(transfer.StatusCode, Is.EqualTo(HttpStatusCode.OK), await transfer.Content.ReadAsStringAsync());
        Assert.That((await transfer.Content.ReadFromJsonAsync<CallLeftResponse>())!.State, Is.EqualTo("WrapUp"));
        await vietnamese.WaitUntilOnCallAsync();
        Assert.That((await vietnamese.CallAsync())!.Language, Is.EqualTo("vi"));
        await scene.Center.EventuallyAsync(() => Task.FromResult(scene.CallerConference?.Find(vietnamese.LatestLeg().Sid) is not null),
            "the caller talks with the Vietnamese counselor");
        var after = await CallerRecordAsync(scene);
        Assert.That(after["a"]!.GetValue<double>(), Is.EqualTo(before["a"]!.GetValue<double>()), "the original arrival time is kept");
        Assert.That(after["p"]!.GetValue<double>(), Is.EqualTo(before["p"]!.GetValue<double>()), "the priority is kept");
        Assert.That(await scene.Counselor.StateAsync(), Is.EqualTo(CounselorState.WrapUp));
        Assert.That(await scene.Counselor.CallAsync(), Is.Null);
        Assert.That(scene.Caller.IsEnded, Is.False);
        Assert.That(await EventTypesAsync(scene, scene.Caller.Sid), Does.Contain(CallEventTypes.Transferred));
    }

    [Test]
    public async Task TransferToCounselor_TheNamedCounselorTakesTheCaller()
    {
        await using var scene = await InCallScene.StartAsync();
        var colleague = await scene.SignInAsync("c-zh-2", "zh");

        var transfer = await scene.Counselor.PostAsync("/transfer", new { counselorId = "c-zh-2" });

        Assert.That(transfer.StatusCode, Is.EqualTo(HttpStatusCode.OK), await transfer.Content.ReadAsStringAsync());
        await colleague.WaitUntilOnCallAsync();
        await scene.Center.EventuallyAsync(() => Task.FromResult(scene.CallerConference?.Find(colleague.LatestLeg().Sid) is not null),
            "the caller talks with the named counselor");
        Assert.That((await scene.Center.Engine.GetCallAsync(scene.Caller.Sid))!.CounselorId, Is.EqualTo("c-zh-2"));
        Assert.That(await scene.Counselor.StateAsync(), Is.EqualTo(CounselorState.WrapUp));
    }

    [Test]
    public async Task TransferToCounselor_NotAvailable_Answers409AndTheCallStays()
    {
        await using var scene = await InCallScene.StartAsync();
        var colleague = await scene.SignInAsync("c-zh-2", "zh");
        await colleague.Http.PostAsJsonAsync("/api/counselor/presence", new { state = "break", reason = "lunch" });

        var transfer = await scene.Counselor.PostAsync("/transfer", new { counselorId = "c-zh-2" });

        Assert.That(transfer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await transfer.Content.ReadAsStringAsync(), Does.Contain("not available"));
        Assert.That(await scene.Counselor.StateAsync(), Is.EqualTo(CounselorState.OnCall));
    }

    [Test]
    public async Task WarmTransfer_ConsultThenComplete_TheConsultedCounselorKeepsTheCaller()
    {
        await using var scene = await InCallScene.StartAsync();
        var colleague = await scene.SignInAsync("c-zh-2", "zh");

        var consult = await scene.Counselor.PostAsync("/consult", new { counselorId = "c-zh-2" });

        Assert.That(consult.StatusCode, Is.EqualTo(HttpStatusCode.OK), await consult.Content.ReadAsStringAsync());
        Assert.That((await consult.Content.ReadFromJsonAsync<ActiveCallView>())!.Consult!.CounselorId, Is.EqualTo("c-zh-2"));
        Assert.That(scene.ParticipantOf(scene.Caller.Sid)!.Hold, Is.True, "the caller is on hold while the counselors talk");
        await scene.Center.EventuallyAsync(async () => (await scene.Counselor.CallAsync())?.Consult?.State == "connected", "the consulted counselor answered");
        Assert.That((await colleague.CallAsync())!.ReservationId, Is.EqualTo((await scene.Counselor.CallAsync())!.ReservationId), "both see the same call");
        Assert.That(scene.CallerConference!.Participants, Has.Count.EqualTo(3));

        var complete = await scene.Counselor.PostAsync("/consult/complete");

        Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.OK), await complete.Content.ReadAsStringAsync());
        Assert.That((await complete.Content.ReadFromJsonAsync<CallLeftResponse>())!.State, Is.EqualTo("WrapUp"));
        var firstLeg = scene.Counselor.LatestLeg();
        await scene.Center.EventuallyAsync(() => Task.FromResult(firstLeg.IsEnded), "the first counselor left the call");
        Assert.That(scene.Caller.IsEnded, Is.False, "the caller stays");
        Assert.That(scene.ParticipantOf(scene.Caller.Sid)!.Hold, Is.False, "the caller is taken off hold");
        Assert.That(scene.CallerConference!.Find(colleague.LatestLeg().Sid), Is.Not.Null);
        var view = await colleague.CallAsync();
        Assert.That(view!.Consult, Is.Null);
        Assert.That((await scene.Center.Engine.GetCallAsync(scene.Caller.Sid))!.CounselorId, Is.EqualTo("c-zh-2"));
        Assert.That(await scene.Counselor.StateAsync(), Is.EqualTo(CounselorState.WrapUp));

        // The new counselor ends the call: they wrap up and the caller's call ends with the conference.
        var hangup = await colleague.PostAsync("/hangup");

        Assert.That(hangup.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await colleague.WaitForStateAsync(CounselorState.WrapUp);
        await scene.Center.EventuallyAsync(() => Task.FromResult(scene.Caller.IsEnded), "the caller's call ended");
    }

    [Test]
    public async Task WarmTransfer_Cancelled_TheFirstCounselorKeepsTheCallerOffHold()
    {
        await using var scene = await InCallScene.StartAsync();
        var colleague = await scene.SignInAsync("c-zh-2", "zh");
        await scene.Counselor.PostAsync("/consult", new { counselorId = "c-zh-2" });
        await scene.Center.EventuallyAsync(async () => (await scene.Counselor.CallAsync())?.Consult?.State == "connected", "the consulted counselor answered");

        var cancel = await scene.Counselor.PostAsync("/consult/cancel");

        Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.OK), await cancel.Content.ReadAsStringAsync());
        Assert.That((await cancel.Content.ReadFromJsonAsync<ActiveCallView>())!.Consult, Is.Null);
        await colleague.WaitForStateAsync(CounselorState.Available);
        await scene.Center.EventuallyAsync(() => Task.FromResult(colleague.LatestLeg().IsEnded), "the consulted counselor's leg ended");
        Assert.That(scene.ParticipantOf(scene.Caller.Sid)!.Hold, Is.False);
        Assert.That(await scene.Counselor.StateAsync(), Is.EqualTo(CounselorState.OnCall));
        Assert.That(scene.Caller.IsEnded, Is.False);
    }

    [Test]
    public async Task WarmTransfer_TheConsultedCounselorDeclines_TheFirstKeepsTheCallerOffHold()
    {
        await using var scene = await InCallScene.StartAsync();
        var busy = await Softphone.SignInAsync(scene.Center, "c-zh-2", "zh", new ScriptedParty([], new RingDecision(RingAnswer.Ignore, TimeSpan.Zero)));
        await scene.Counselor.PostAsync("/consult", new { counselorId = "c-zh-2" });
        await busy.WaitForStateAsync(CounselorState.Reserved);

        var decline = await busy.PostAsync("/decline");

        Assert.That(decline.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var view = await scene.Counselor.CallAsync();
        Assert.That((view!.Consult, view.Held), Is.EqualTo(((ConsultView?)null, false)));
        Assert.That(scene.ParticipantOf(scene.Caller.Sid)!.Hold, Is.False);
        Assert.That(await scene.Counselor.StateAsync(), Is.EqualTo(CounselorState.OnCall));
        await scene.Center.EventuallyAsync(() => Task.FromResult(busy.LatestLeg().IsEnded), "the consulted softphone stopped ringing");
    }

    [Test]
    public async Task ThreeWay_AddAnOutsideNumberAndDropIt_TheCallGoesOn()
    {
        await using var scene = await InCallScene.StartAsync();

        var added = await scene.Counselor.PostAsync("/participants", new { number = "+82221234567", label = "Police" });

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.Content.ReadAsStringAsync());
        var id = (await added.Content.ReadFromJsonAsync<ParticipantAddedResponse>())!.Id;
        await scene.Center.EventuallyAsync(async () => (await scene.Counselor.CallAsync())!.Participants.SingleOrDefault()?.State == "connected",
            "the outside number answered");
        var party = (await scene.Counselor.CallAsync())!.Participants.Single();
        Assert.That((party.Id, party.Number, party.Label), Is.EqualTo((id, "+82221234567", "Police")));
        Assert.That(scene.CallerConference!.Find(id), Is.Not.Null, "the outside number is in the caller's conference");
        Assert.That(scene.Center.Twilio.Calls.Find(id)!.From, Is.EqualTo(InCallScene.CenterNumber));

        var dropped = await scene.Counselor.Http.DeleteAsync($"/api/counselor/call/participants/{id}");

        Assert.That(dropped.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await scene.Center.EventuallyAsync(() => Task.FromResult(scene.Center.Twilio.Calls.Find(id)!.IsEnded), "the outside number's call ended");
        Assert.That((await scene.Counselor.CallAsync())!.Participants, Is.Empty);
        Assert.That(scene.CallerConference!.Participants, Has.Count.EqualTo(2), "caller and counselor talk on");
        Assert.That(scene.Caller.IsEnded, Is.False);
        Assert.That(await EventTypesAsync(scene, scene.Caller.Sid), Does.Contain(CallEventTypes.PartyAdded));
    }

    [Test]
    public async Task ThreeWay_BadNumberOrUnknownParticipant_AreRefused()
    {
        await using var scene = await InCallScene.StartAsync();

        var bad = await scene.Counselor.PostAsync("/participants", new { number = "02-123-4567" });
        var unknown = await scene.Counselor.Http.DeleteAsync("/api/counselor/call/participants/CA0000");

        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Hangup_ByTheCounselor_WrapUpAndTheCallerIsDisconnected()
    {
        await using var scene = await InCallScene.StartAsync();

        var hangup = await scene.Counselor.PostAsync("/hangup");

        Assert.That(hangup.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await hangup.Content.ReadFromJsonAsync<CallLeftResponse>())!.State, Is.EqualTo("WrapUp"));
        await scene.Center.EventuallyAsync(() => Task.FromResult(scene.Caller.IsEnded), "the caller's call ended");
        Assert.That(await scene.Counselor.CallAsync(), Is.Null);
    }

    [Test]
    public async Task Hangup_ByTheCaller_TheCounselorWrapsUp()
    {
        await using var scene = await InCallScene.StartAsync();

        scene.Center.Twilio.HangUp(scene.Caller);

        await scene.Counselor.WaitForStateAsync(CounselorState.WrapUp);
        Assert.That(await scene.Counselor.CallAsync(), Is.Null);
    }

    [Test]
    public async Task Operations_WithoutACall_Answer409_AndBadBodies400()
    {
        await using var center = await SimulatedCenter.StartAsync();
        var idle = await Softphone.SignInAsync(center, "c-idle", "zh");

        Assert.That(await idle.CallAsync(), Is.Null);
        foreach (var (operation, body) in new (string, object?)[] { ("/mute", new { muted = true }), ("/hold", new { held = true }), ("/hangup", null), ("/decline", null), ("/consult/complete", null) })
        {
            var response = await idle.PostAsync(operation, body);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), operation);
        }
        Assert.That((await idle.PostAsync("/transfer", new { language = "zh", counselorId = "c-x" })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await idle.PostAsync("/transfer", new { language = "xx" })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await idle.PostAsync("/mute", new { })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Decline_WhileRinging_TheCallerIsFirstInLineAgain()
    {
        await using var center = await SimulatedCenter.StartAsync();
        var slow = await Softphone.SignInAsync(center, "c-slow", "zh", new ScriptedParty([], new RingDecision(RingAnswer.Ignore, TimeSpan.Zero)));
        var caller = center.Twilio.PlaceIncomingCall("+821012345678", new ScriptedParty(["3*", "0"], bargeIn: true));
        await slow.WaitForStateAsync(CounselorState.Reserved);

        var decline = await slow.PostAsync("/decline");

        Assert.That(decline.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await slow.StateAsync(), Is.Not.EqualTo(CounselorState.Reserved));
        var status = await center.Engine.GetCallerStatusAsync(caller.Sid);
        Assert.That((status!.State, status.Position), Is.EqualTo((CallerState.Waiting, 1)));
        // The leg may still be on its way to the simulator when the decline lands: the server stops it when it arrives.
        await center.EventuallyAsync(() => Task.FromResult(slow.LatestLeg() is { IsEnded: true }), "the softphone stopped ringing");
    }

    [Test]
    public async Task Observer_IsToldOfEveryChangeToTheCounselorsCall()
    {
        var observer = new RecordingObserver();
        await using var scene = await InCallScene.StartAsync(services => services.AddSingleton<ICallStateObserver>(observer));
        await scene.Center.EventuallyAsync(() => Task.FromResult(observer.Changes.Contains("c-zh")), "the answer was observed");
        observer.Changes.Clear();

        await scene.Counselor.PostAsync("/mute", new { muted = true });
        await scene.Counselor.PostAsync("/hold", new { held = true });

        Assert.That(observer.Changes.Count(id => id == "c-zh"), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task Supervisor_OnBehalf_HoldsTheCounselorsCaller_CounselorsMayNot()
    {
        await using var scene = await InCallScene.StartAsync();
        var supervisor = await scene.Center.Server.CreateSignedInClientAsync(Roles.Supervisor);

        var held = await supervisor.PostAsJsonAsync("/api/staffing/counselors/c-zh/call/hold", new { held = true });
        var forbidden = await scene.Counselor.Http.PostAsJsonAsync("/api/staffing/counselors/c-zh/call/hold", new { held = false });

        Assert.That(held.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(scene.ParticipantOf(scene.Caller.Sid)!.Hold, Is.True);
        Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await supervisor.GetFromJsonAsync<ActiveCallView>("/api/staffing/counselors/c-zh/call"))!.Held, Is.True);
    }

    private sealed class RecordingObserver : ICallStateObserver
    {
        public System.Collections.Concurrent.ConcurrentBag<string> Changes { get; } = [];

        public Task CallChangedAsync(string counselorId, CancellationToken cancellationToken)
        {
            Changes.Add(counselorId);
            return Task.CompletedTask;
        }
    }

    internal static async Task<IReadOnlyList<string>> EventTypesAsync(InCallScene scene, string callSid) =>
        [.. (await scene.Center.Server.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase()
            .StreamRangeAsync(scene.Center.Engine.Keys.ContactCenter.Events)).Select(CallEventStream.FromEntry).Where(e => e.CallSid == callSid).Select(e => e.Type)];

    private static async Task<JsonNode> CallerRecordAsync(InCallScene scene) =>
        JsonNode.Parse((string)(await scene.Center.Server.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase()
            .HashGetAsync(scene.Center.Engine.Keys.Callers, scene.Caller.Sid))!)!;
}
