using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Conferences;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Monitoring;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// A supervisor monitors a live call from their browser device, with the phone simulator as Twilio: listens (nobody
/// hears them), whispers (only the counselor), barges (everyone), switches back, leaves; the call goes on, and the
/// session is audited. Who hears whom is the simulator's model of Twilio's conference participants.
/// </summary>
public sealed class MonitoringTests
{
    [Test]
    public async Task ListenWhisperBargeAndLeave_EachModeRoutesTheSupervisorsVoice_AndTheCallGoesOn()
    {
        await using var scene = await InCallScene.StartAsync();
        var supervisor = await SupervisorAsync(scene);
        var counselorLeg = scene.Counselor.LatestLeg().Sid;
        var caller = scene.Caller.Sid;

        var session = await StartAsync(supervisor, new { counselorId = "c-zh", mode = "listen" });
        var conference = scene.CallerConference!;
        var leg = session.Leg!;
        await scene.Center.EventuallyAsync(async () => (await SessionAsync(supervisor, session.Id))?.State == MonitorSession.Connected
            && conference.Find(leg) is not null, "the supervisor's browser joined the call");

        Assert.That(conference.HeardBy()[leg], Is.Empty, "listen: neither the caller nor the counselor hears the supervisor");
        Assert.That(conference.Hears(leg, caller) && conference.Hears(leg, counselorLeg), Is.True, "the supervisor hears both");

        Assert.That((await SwitchAsync(supervisor, session.Id, "whisper")).Mode, Is.EqualTo("whisper"));
        Assert.That(conference.HeardBy()[leg], Is.EqualTo(new[] { counselorLeg }), "whisper: only the counselor hears the supervisor");
        Assert.That(conference.Find(leg)!.CallSidToCoach, Is.EqualTo(counselorLeg));
        Assert.That(conference.Hears(counselorLeg, caller) && conference.Hears(caller, counselorLeg), Is.True, "caller and counselor still talk");

        await SwitchAsync(supervisor, session.Id, "barge");
        Assert.That(conference.HeardBy()[leg], Is.EquivalentTo(new[] { caller, counselorLeg }), "barge: everyone hears the supervisor");

        var back = await SwitchAsync(supervisor, session.Id, "listen");
        Assert.That(conference.HeardBy()[leg], Is.Empty, "back to listening");
        Assert.That(back.Modes, Is.EqualTo(new[] { "listen", "whisper", "barge" }));

        var left = await supervisor.DeleteAsync($"/api/monitoring/sessions/{session.Id}");

        Assert.That(left.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await scene.Center.EventuallyAsync(() => Task.FromResult(conference.Find(leg) is null), "the supervisor left the conference");
        Assert.That(conference.Status, Is.EqualTo("in-progress"), "leaving never ends the call");
        Assert.That(conference.Hears(caller, counselorLeg) && conference.Hears(counselorLeg, caller), Is.True);
        Assert.That(await scene.Counselor.StateAsync(), Is.EqualTo(CounselorState.OnCall));
        Assert.That(await scene.Counselor.CallAsync(), Is.Not.Null);
        Assert.That(await supervisor.GetFromJsonAsync<MonitorSessionView[]>("/api/monitoring/sessions"), Is.Empty);
        var ended = (await AuditAsync(scene, MonitoringService.EndedAction)).Single();
        Assert.That(ended.Subject, Is.EqualTo(caller));
        Assert.That(ended.Details, Does.Contain("c-zh's call").And.Contain("modes listen, whisper, barge").And.Contain("left"));
        Assert.That(ended.Actor, Does.EndWith("@example.org"), "the supervisor's account");
        Assert.That((await AuditAsync(scene, MonitoringService.StartedAction)).Single().Details, Does.Contain("to listen"));
    }

    [Test]
    public async Task Leave_TheLegsEndCallbackArrivesBeforeTwiliosAnswer_IsStillAuditedAsLeft()
    {
        var faults = new TwilioFaults();
        await using var scene = await InCallScene.StartAsync(faults.AddTo);
        var supervisor = await SupervisorAsync(scene);
        var session = await StartAsync(supervisor, new { counselorId = "c-zh", mode = "listen" });
        await scene.Center.EventuallyAsync(async () => (await SessionAsync(supervisor, session.Id))?.State == MonitorSession.Connected, "connected");
        faults.Fail(TwilioFaults.CallUpdate, TwilioFaults.Fault.AnswerWhenReleased, times: 1);

        var leaving = supervisor.DeleteAsync($"/api/monitoring/sessions/{session.Id}");
        await scene.Center.EventuallyAsync(async () => (await SessionAsync(supervisor, session.Id)) is null, "the leg's end callback ended the session");
        faults.Release();

        Assert.That((await leaving).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var ended = (await AuditAsync(scene, MonitoringService.EndedAction)).Single();
        Assert.That(ended.Details, Does.EndWith("; left"));
    }

    [Test]
    public async Task WhisperFromTheStart_ByCallSid_CoachesTheCounselorsLeg()
    {
        await using var scene = await InCallScene.StartAsync();
        var supervisor = await SupervisorAsync(scene);

        var session = await StartAsync(supervisor, new { callSid = scene.Caller.Sid, mode = "whisper" });
        var conference = scene.CallerConference!;
        await scene.Center.EventuallyAsync(() => Task.FromResult(conference.Find(session.Leg!) is not null), "the supervisor joined");

        Assert.That(session.CounselorId, Is.EqualTo("c-zh"));
        Assert.That(conference.HeardBy()[session.Leg!], Is.EqualTo(new[] { scene.Counselor.LatestLeg().Sid }));
    }

    [Test]
    public async Task WarmTransfer_TheWhisperFollowsTheCallToTheNewCounselor()
    {
        await using var scene = await InCallScene.StartAsync();
        var colleague = await scene.SignInAsync("c-zh-2", "zh");
        var supervisor = await SupervisorAsync(scene);
        var session = await StartAsync(supervisor, new { counselorId = "c-zh", mode = "whisper" });
        var conference = scene.CallerConference!;
        await scene.Center.EventuallyAsync(async () => (await SessionAsync(supervisor, session.Id))?.State == MonitorSession.Connected, "connected");

        await scene.Center.EventuallyAsync(async () => (await scene.Counselor.PostAsync("/consult", new { counselorId = "c-zh-2" })).IsSuccessStatusCode, "consult");
        await scene.Center.EventuallyAsync(async () => (await scene.Counselor.CallAsync())?.Consult?.State == "connected", "the colleague answered");
        (await scene.Counselor.PostAsync("/consult/complete")).EnsureSuccessStatusCode();

        var newLeg = colleague.LatestLeg().Sid;
        await scene.Center.EventuallyAsync(() => Task.FromResult(conference.Find(session.Leg!)?.CallSidToCoach == newLeg), "the whisper coaches the new counselor");
        Assert.That(conference.HeardBy()[session.Leg!], Is.EqualTo(new[] { newLeg }), "only the new counselor hears the supervisor");
        var now = (await SessionAsync(supervisor, session.Id))!;
        Assert.That((now.CounselorId, now.Mode), Is.EqualTo(("c-zh-2", "whisper")));
        Assert.That((await AuditAsync(scene, MonitoringService.FollowedAction)).Single().Details, Does.Contain("c-zh-2").And.Contain("handed over by c-zh"));
    }

    [Test]
    public async Task TheCallEnding_EndsTheSession_AndAuditsIt()
    {
        await using var scene = await InCallScene.StartAsync();
        var supervisor = await SupervisorAsync(scene);
        var session = await StartAsync(supervisor, new { counselorId = "c-zh", mode = "barge" });
        await scene.Center.EventuallyAsync(async () => (await SessionAsync(supervisor, session.Id))?.State == MonitorSession.Connected, "connected");

        scene.Center.Twilio.HangUp(scene.Caller);

        await scene.Center.EventuallyAsync(async () => (await SessionAsync(supervisor, session.Id)) is null, "the session ended with the call");
        var ended = (await AuditAsync(scene, MonitoringService.EndedAction)).Single();
        Assert.That(ended.Details, Does.Contain("modes barge").And.Contain("leg ended"));
    }

    [Test]
    public async Task CounselorsAreTold_OnlyWhenOperationsSaySo()
    {
        await using var scene = await InCallScene.StartAsync();
        var supervisor = await SupervisorAsync(scene);
        var operations = await scene.Center.Server.CreateSignedInClientAsync(Roles.Operations);

        var quiet = await StartAsync(supervisor, new { counselorId = "c-zh", mode = "listen" });
        await scene.Center.EventuallyAsync(async () => (await SessionAsync(supervisor, quiet.Id))?.State == MonitorSession.Connected, "connected");
        Assert.That((await scene.Counselor.CallAsync())!.Monitor, Is.Null, "by default counselors are not told");
        (await supervisor.DeleteAsync($"/api/monitoring/sessions/{quiet.Id}")).EnsureSuccessStatusCode();

        Assert.That((await supervisor.PutAsJsonAsync("/api/monitoring/settings", new { tellCounselors = true })).StatusCode,
            Is.EqualTo(HttpStatusCode.Forbidden), "only operations change the setting");
        (await operations.PutAsJsonAsync("/api/monitoring/settings", new { tellCounselors = true })).EnsureSuccessStatusCode();
        Assert.That((await supervisor.GetFromJsonAsync<MonitorSettingsView>("/api/monitoring/settings"))!.TellCounselors, Is.True);

        var told = await StartAsync(supervisor, new { counselorId = "c-zh", mode = "listen" });
        await scene.Center.EventuallyAsync(async () => (await scene.Counselor.CallAsync())?.Monitor == "listen", "the counselor sees a supervisor listening");
        await SwitchAsync(supervisor, told.Id, "whisper");
        Assert.That((await scene.Counselor.CallAsync())!.Monitor, Is.EqualTo("whisper"));
        (await supervisor.DeleteAsync($"/api/monitoring/sessions/{told.Id}")).EnsureSuccessStatusCode();
        Assert.That((await scene.Counselor.CallAsync())!.Monitor, Is.Null, "gone when the supervisor leaves");
        Assert.That((await AuditAsync(scene, MonitoringApi.SettingsAction)).Single().Subject, Is.EqualTo("tell-counselors"));
    }

    [Test]
    public async Task Refusals_CounselorsAnonymousBadModesOthersSessionsAndASecondMonitor()
    {
        await using var scene = await InCallScene.StartAsync();
        var supervisor = await SupervisorAsync(scene);
        var other = await SupervisorAsync(scene);
        var anonymous = scene.Center.Server.CreateClient();
        var start = new { counselorId = "c-zh", mode = "listen" };

        Assert.That((await scene.Counselor.Http.PostAsJsonAsync("/api/monitoring/sessions", start)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await scene.Counselor.Http.GetAsync("/api/monitoring/sessions")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await anonymous.PostAsJsonAsync("/api/monitoring/sessions", start)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await anonymous.GetAsync("/api/monitoring/voice-token")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await supervisor.PostAsJsonAsync("/api/monitoring/sessions", new { counselorId = "c-zh", mode = "shout" })).StatusCode,
            Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await supervisor.PostAsJsonAsync("/api/monitoring/sessions", new { mode = "listen" })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await supervisor.PostAsJsonAsync("/api/monitoring/sessions", new { counselorId = "c-nobody", mode = "listen" })).StatusCode,
            Is.EqualTo(HttpStatusCode.Conflict));

        var session = await StartAsync(supervisor, start);

        Assert.That((await other.PostAsJsonAsync("/api/monitoring/sessions", start)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "one monitor per call");
        Assert.That((await other.PostAsJsonAsync($"/api/monitoring/sessions/{session.Id}/mode", new { mode = "barge" })).StatusCode,
            Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await other.DeleteAsync($"/api/monitoring/sessions/{session.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await supervisor.PostAsJsonAsync($"/api/monitoring/sessions/{session.Id}/mode", new { mode = "loud" })).StatusCode,
            Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await supervisor.DeleteAsync("/api/monitoring/sessions/nothing")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var listed = await other.GetFromJsonAsync<MonitorSessionView[]>("/api/monitoring/sessions");
        Assert.That(listed!.Single().Mine, Is.False);
    }

    /// <summary>A signed-in supervisor whose browser device (in the simulator) answers when rung.</summary>
    private static async Task<HttpClient> SupervisorAsync(InCallScene scene)
    {
        var (client, userId) = await scene.Center.Server.CreateSignedInUserAsync(Roles.Supervisor);
        scene.Center.Twilio.Parties.Register("client:" + MonitorIdentity.Prefix + userId, new ScriptedParty([]));
        return client;
    }

    private static async Task<MonitorSessionView> StartAsync(HttpClient supervisor, object request)
    {
        var response = await supervisor.PostAsJsonAsync("/api/monitoring/sessions", request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MonitorSessionView>())!;
    }

    private static async Task<MonitorSessionView> SwitchAsync(HttpClient supervisor, string id, string mode)
    {
        var response = await supervisor.PostAsJsonAsync($"/api/monitoring/sessions/{id}/mode", new { mode });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MonitorSessionView>())!;
    }

    private static async Task<MonitorSessionView?> SessionAsync(HttpClient supervisor, string id) =>
        (await supervisor.GetFromJsonAsync<MonitorSessionView[]>("/api/monitoring/sessions"))!.SingleOrDefault(session => session.Id == id);

    private static async Task<IReadOnlyList<global::Ivr.Server.Data.AuditEntry>> AuditAsync(InCallScene scene, string action)
    {
        var reader = await scene.Center.Server.CreateSignedInClientAsync(Roles.Operations);
        return (await reader.GetFromJsonAsync<AuditApi.AuditPage>($"/api/audit?action={action}"))!.Entries;
    }
}
