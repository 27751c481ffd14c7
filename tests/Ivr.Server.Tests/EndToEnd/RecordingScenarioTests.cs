using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Recordings;
using Ivr.PhoneSim.Rest;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Data;
using Ivr.Server.Ivr;
using Ivr.Server.Recordings;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Prompts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// Recording with consent, with the phone simulator as Twilio on the real Redis and PostgreSQL: Vietnamese calls are
/// recorded. The caller hears the announcement in Vietnamese before the queue; one who lets it play is recorded (the
/// conference, at the simulator), the reference kept and played through the server to a supervisor only, audited;
/// retention deletes it at the simulator's Recordings resource, and keeps the reference while Twilio fails. One who
/// presses 7 is not recorded, nor a victim of crime while operations leave that team's recording off.
/// </summary>
public sealed class RecordingScenarioTests
{
    private const string Consent = "Cuộc gọi này có thể được ghi âm để nâng cao chất lượng. Nếu bạn không muốn ghi âm, bấm 7.";
    private const string Refused = "Cuộc gọi của bạn sẽ không được ghi âm.";

    private static Task<SimulatedCenter> StartAsync() => SimulatedCenter.StartAsync(new Dictionary<string, string?>
    {
        ["Recording:Languages:vi"] = "true",
    });

    [Test]
    public async Task Accepted_TheConversationIsRecorded_PlayedToASupervisorOnly_AndRetentionDeletesItAtTwilio()
    {
        await using var center = await StartAsync();
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");
        var caller = new ListeningParty(new ScriptedParty(["4*"]));
        var call = center.Twilio.PlaceIncomingCall("+821055501234", caller);
        await counselor.WaitForStateAsync(CounselorState.OnCall);
        Assert.That(caller.Heard, Does.Contain(Consent), "the announcement, in the caller's language, before the counselor");

        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Conferences.All.Any(conference => conference.Status == "in-progress")), "the conference started");
        await Task.Delay(500); // 10 s of the simulator's time on the line
        center.Twilio.HangUp(call);
        CallRecording? stored = null;
        await center.EventuallyAsync(async () => (stored = (await RecordingsOfAsync(center, call.Sid)).SingleOrDefault()) is not null, "the recording's reference is kept");

        var made = center.Twilio.Recordings.All.Single();
        Assert.That((stored!.RecordingSid, made.Source, made.ConferenceSid, stored.Language, stored.Seconds),
            Is.EqualTo((made.Sid, "Conference", center.Twilio.Conferences.All.Single().Sid, "vi", made.Duration)));
        Assert.That(stored.Seconds, Is.GreaterThan(0));
        await center.EventuallyAsync(async () => await RecordOfAsync(center, call.Sid) is { RecordingConsent: RecordingConsent.Given, RecordingSeconds: > 0 },
            "the call's record says consent given and how long it was recorded");

        // Playback: anonymous 401, a counselor 403, a supervisor hears it through the server, audited.
        Assert.That((await center.Server.CreateClient().GetAsync($"/api/recordings/{call.Sid}")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await counselor.Http.GetAsync($"/api/recordings/{call.Sid}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var supervisor = await center.Server.CreateSignedInClientAsync(Roles.Supervisor);
        var listed = await supervisor.GetFromJsonAsync<List<RecordingView>>("/api/recordings");
        Assert.That(listed!.Select(view => view.CallSid), Is.EqualTo(new[] { call.Sid }));
        var audio = await supervisor.GetAsync($"/api/recordings/{call.Sid}");
        var bytes = await audio.Content.ReadAsByteArrayAsync();
        Assert.That(audio.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(bytes[..4], Is.EqualTo("RIFF"u8.ToArray()), "the simulator's WAV, through the server");
        Assert.That(bytes, Has.Length.EqualTo(44 + stored.Seconds * 8000 * 2));
        Assert.That(await PlaysAuditedAsync(center, call.Sid), Is.EqualTo(1), "the playback is audited, the refused ones are not");

        // Retention: Twilio failing keeps the reference; once Twilio answers, the recording goes there and here.
        await ExpireAsync(center, call.Sid);
        center.Twilio.RestOutage.Begin(RestOutageKind.Unavailable, TimeSpan.FromMinutes(1));
        var failed = await RetentionAsync(center);
        Assert.That(failed.Failed, Is.EqualTo(1));
        Assert.That(await RecordingsOfAsync(center, call.Sid), Has.Count.EqualTo(1), "never lose track of a recording to delete");
        Assert.That(center.Twilio.Recordings.Find(made.Sid), Is.Not.Null);

        center.Twilio.RestOutage.End();
        var pass = await RetentionAsync(center);
        Assert.That(pass, Is.EqualTo(new CallRecordingRetentionPass(Deleted: 1, Failed: 0)));
        Assert.That(center.Twilio.Recordings.Find(made.Sid), Is.Null, "deleted at the simulator's Recordings resource");
        Assert.That(await RecordingsOfAsync(center, call.Sid), Is.Empty);
        Assert.That((await supervisor.GetAsync($"/api/recordings/{call.Sid}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Refused_SevenAtTheAnnouncement_IsNotRecordedAndTheRecordSaysSo()
    {
        await using var center = await StartAsync();
        var caller = new ListeningParty(new ScriptedParty(["4*", RecordingConsent.RefuseKey], bargeIn: true));
        var call = center.Twilio.PlaceIncomingCall("+821055501235", caller);
        await center.EventuallyAsync(async () => await SessionAsync(center, call.Sid) is { Consent: RecordingConsent.Refused, Queued: true }, "the caller refused and waits");
        await center.EventuallyAsync(() => Task.FromResult(caller.Heard.Contains(Refused)), "the caller heard that the call will not be recorded");
        Assert.That(caller.Heard, Does.Contain(Consent));
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");
        await counselor.WaitForStateAsync(CounselorState.OnCall);

        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Conferences.All.Any(conference => conference.Status == "in-progress")), "the conference started");
        center.Twilio.HangUp(call);
        await center.EventuallyAsync(async () => await RecordOfAsync(center, call.Sid) is { RecordingConsent: RecordingConsent.Refused, EndedAt: not null },
            "the call's record says the caller refused");
        Assert.That(center.Twilio.Conferences.All.Single().Recording, Is.Null, "the conference was not asked to record");
        Assert.That(center.Twilio.Recordings.All, Is.Empty);
        Assert.That(await RecordingsOfAsync(center, call.Sid), Is.Empty);
    }

    [Test]
    public async Task VictimSupport_NotRecordedByDefault_EvenWithConsent()
    {
        await using var center = await StartAsync();
        // Vietnamese, silent at the announcement (consent), then 5 on hold: a victim of crime.
        var call = center.Twilio.PlaceIncomingCall("+821055501236", new ScriptedParty(["4*", null, "5"], bargeIn: true));
        await center.EventuallyAsync(async () => await SessionAsync(center, call.Sid) is { Consent: RecordingConsent.Given, HoldTags: [RecordingOptions.VictimSupport] },
            "the caller consented and then said they are a victim of crime");
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");
        await counselor.WaitForStateAsync(CounselorState.OnCall);
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Conferences.All.Any(conference => conference.Status == "in-progress")), "the conference started");

        Assert.That(center.Twilio.Conferences.All.Single().Recording, Is.Null);
        center.Twilio.HangUp(call);
        await center.EventuallyAsync(async () => await RecordOfAsync(center, call.Sid) is { EndedAt: not null }, "the call ended");
        Assert.That(center.Twilio.Recordings.All, Is.Empty);
    }

    [Test]
    public async Task VictimSupport_RecordedWhenOperationsTurnItOn_PlayedByTheTeamButNotByOtherCounselors()
    {
        await using var center = await StartAsync();
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        var switched = await operations.PutAsJsonAsync("/api/ivr/recording",
            new RecordingSettingsApi.RecordingSettingsUpdate(null, null, new() { [RecordingOptions.VictimSupport] = true }));
        Assert.That((await switched.Content.ReadFromJsonAsync<RecordingSettingsApi.RecordingSettingsView>())!.Tags
            .Single(tag => tag.Name == RecordingOptions.VictimSupport), Is.EqualTo(new RecordingSettingsApi.Switch(RecordingOptions.VictimSupport, true, true)));
        var call = center.Twilio.PlaceIncomingCall("+821055501237", new ScriptedParty(["4*", null, "5"], bargeIn: true));
        await center.EventuallyAsync(async () => await SessionAsync(center, call.Sid) is { HoldTags: [RecordingOptions.VictimSupport] }, "the caller is tagged");
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");
        await counselor.WaitForStateAsync(CounselorState.OnCall);
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Conferences.All.Any(conference => conference.Status == "in-progress")), "the conference started");
        await Task.Delay(200);
        center.Twilio.HangUp(call);
        await center.EventuallyAsync(async () => (await RecordingsOfAsync(center, call.Sid)).Count == 1, "the recording's reference is kept");

        var (team, teamUser) = await center.Server.CreateSignedInUserAsync(Roles.Counselor);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-victims",
            new CounselorRequest("c-victims", new() { ["vi"] = 5 }, [RecordingOptions.VictimSupport], null, teamUser))).EnsureSuccessStatusCode();

        Assert.That((await team.GetAsync($"/api/recordings/{call.Sid}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the victim-support team plays its calls");
        Assert.That((await counselor.Http.GetAsync($"/api/recordings/{call.Sid}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a counselor of no such team does not");
        Assert.That((await team.GetAsync("/api/recordings")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the list is for supervisors and operations");
    }

    [Test]
    public async Task Settings_OperationsTurnOnNepali_TheNextNepaliCallerHearsTheConsentInNepali_OthersMayNotChangeIt()
    {
        await using var center = await StartAsync();
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        var supervisor = await center.Server.CreateSignedInClientAsync(Roles.Supervisor);
        var before = await supervisor.GetFromJsonAsync<RecordingSettingsApi.RecordingSettingsView>("/api/ivr/recording");
        Assert.That(before!.Languages.Single(language => language.Name == "ne").Recorded, Is.False);
        Assert.That(before.Languages.Single(language => language.Name == "vi"), Is.EqualTo(new RecordingSettingsApi.Switch("vi", true, false)), "the deployment's default");

        var refused = await supervisor.PutAsJsonAsync("/api/ivr/recording", new RecordingSettingsApi.RecordingSettingsUpdate(true, null, null));
        var invalid = await operations.PutAsJsonAsync("/api/ivr/recording", new RecordingSettingsApi.RecordingSettingsUpdate(null, new() { ["xx"] = true }, null));
        var saved = await operations.PutAsJsonAsync("/api/ivr/recording", new RecordingSettingsApi.RecordingSettingsUpdate(null, new() { ["ne"] = true }, null));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await invalid.Content.ReadAsStringAsync(), Does.Contain("languages.xx"));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var nepali = DefaultLanguagesLine("ne");
        var caller = new ListeningParty(new ScriptedParty([$"{nepali}*"]));
        center.Twilio.PlaceIncomingCall("+821055501238", caller);
        var consent = TestPrompts.Manifest.Texts["recording-consent"]["ne"];
        await center.EventuallyAsync(() => Task.FromResult(caller.Heard.Contains(consent)), "the Nepali caller heard the announcement in Nepali");
        await using var scope = center.Server.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.CountAsync(entry => entry.Action == "recording.settings"), Is.EqualTo(1));
    }

    private static int DefaultLanguagesLine(string code) => global::Ivr.Server.Hours.DefaultLanguages.All.Single(language => language.Code == code).MenuNumber;

    private static async Task<IReadOnlyList<CallRecording>> RecordingsOfAsync(SimulatedCenter center, string callSid)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().CallRecordings.AsNoTracking().Where(row => row.CallSid == callSid).ToListAsync();
    }

    private static async Task<CallRecord?> RecordOfAsync(SimulatedCenter center, string callSid)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().Calls.AsNoTracking().SingleOrDefaultAsync(row => row.CallSid == callSid);
    }

    private static Task<CallSession?> SessionAsync(SimulatedCenter center, string callSid) =>
        center.Server.Services.GetRequiredService<CallSessionStore>().GetAsync(callSid);

    private static async Task<int> PlaysAuditedAsync(SimulatedCenter center, string callSid)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.CountAsync(entry => entry.Action == "recording.play" && entry.Subject == callSid);
    }

    private static async Task ExpireAsync(SimulatedCenter center, string callSid)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        var past = center.Server.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-1);
        await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().CallRecordings.Where(row => row.CallSid == callSid)
            .ExecuteUpdateAsync(set => set.SetProperty(row => row.ExpiresAt, past));
    }

    private static Task<CallRecordingRetentionPass> RetentionAsync(SimulatedCenter center) =>
        center.Server.Services.GetRequiredService<CallRecordingRetention>().ApplyAsync(CancellationToken.None);
}
