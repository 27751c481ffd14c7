using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Acd.Events;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Ivr.Server.Recordings;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Ivr;
using Ivr.Server.Softphone;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// Partner institutions with the phone simulator as Twilio: a three-way call by the directory (the institution's
/// department rung, the record keyed by the directory's id with the party's time), and the institution line (an
/// institution asks for a Vietnamese interpreter; the counselor's screen pop names it; the interpretation report counts it).
/// </summary>
public sealed class InstitutionCallTests
{
    [Test]
    public async Task ThreeWay_ByDirectory_RingsTheDepartment_AndTheRecordHasTheInstitutionAndThePartysTime()
    {
        await using var scene = await InCallScene.StartAsync();
        var operations = await scene.Center.Server.CreateSignedInClientAsync(Roles.Operations);
        await DirectoryEntries.SaveAsync(operations);

        var added = await scene.Counselor.PostAsync("/participants", new { institutionId = DirectoryEntries.PoliceId, department = DirectoryEntries.PoliceDesk });

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.Content.ReadAsStringAsync());
        var id = (await added.Content.ReadFromJsonAsync<ParticipantAddedResponse>())!.Id;
        Assert.That(scene.Center.Twilio.Calls.Find(id)!.To, Is.EqualTo(DirectoryEntries.PoliceDeskNumber), "the department's number from the directory");
        await scene.Center.EventuallyAsync(async () => (await scene.Counselor.CallAsync())!.Participants.SingleOrDefault()?.State == "connected",
            "the police desk answered");
        Assert.That((await scene.Counselor.CallAsync())!.Participants.Single().Label, Is.EqualTo("영등포경찰서 외사계"));

        (await scene.Counselor.Http.DeleteAsync($"/api/counselor/call/participants/{id}")).EnsureSuccessStatusCode();
        await scene.Center.EventuallyAsync(async () => (await InCallTests.EventTypesAsync(scene, scene.Caller.Sid)).Contains(CallEventTypes.PartyLeft),
            "the party's final callback gave its time");
        (await scene.Counselor.PostAsync("/hangup")).EnsureSuccessStatusCode();

        await scene.Center.Server.RecordsEventuallyAsync(records => records.Calls.AnyAsync(call => call.CallSid == scene.Caller.Sid && call.EndedAt != null));
        var record = await RecordAsync(scene.Center, scene.Caller.Sid);
        Assert.That(record.Institution, Is.EqualTo(DirectoryEntries.PoliceId));
        Assert.That(record.PartySeconds, Is.Not.Null.And.GreaterThanOrEqualTo(0));
        Assert.That(record.Interpretation, Is.False);
        var report = await ReportRowsAsync(operations, "calls-by-institution", record.Day);
        Assert.That(report, Does.Contain(new List<string> { DirectoryEntries.PoliceId, "영등포경찰서 / Yeongdeungpo Police Station", "1" }));
    }

    [Test]
    public async Task ThreeWay_AnInstitutionNotInTheDirectory_OrBothAnInstitutionAndANumber_AreRefused()
    {
        await using var scene = await InCallScene.StartAsync();

        var unknown = await scene.Counselor.PostAsync("/participants", new { institutionId = "no-such-office" });
        var both = await scene.Counselor.PostAsync("/participants", new { institutionId = DirectoryEntries.PoliceId, number = "+8221234567" });

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(both.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(scene.CallerConference!.Participants, Has.Count.EqualTo(2), "no one was rung");
    }

    [Test]
    public async Task InstitutionLine_VietnameseForAHospital_IsAnsweredWithTheScreenPopNamingIt_AndReported()
    {
        await using var center = await SimulatedCenter.StartAsync(new Dictionary<string, string?> { ["Institutions:LineNumbers:0"] = "+821345" });
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        await DirectoryEntries.SaveAsync(operations);
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");

        // The hospital's main number is in the directory: its staff only choose Vietnamese (4, star).
        var caller = center.Twilio.PlaceIncomingCall(DirectoryEntries.HospitalNumber, new ScriptedParty(["4*"], bargeIn: true));
        await counselor.WaitUntilOnCallAsync();

        var call = (await SoftphoneAsync(center, "c-vi")).Call!;
        Assert.That(call.Interpretation, Is.EqualTo(new SoftphoneInterpretation(DirectoryEntries.HospitalId, "서울의료원", "Seoul Medical Center")));
        Assert.That(call.Language, Is.EqualTo("vi"));
        Assert.That(call.Tags, Is.EqualTo(new[] { "interpretation" }));
        var heard = center.Journal.Events.Where(e => e.Kind == SimEventKinds.Verb && e.CallSid == caller.Sid).SelectMany(e => e.Data.Values).ToList();
        Assert.That(heard, Has.Some.Contains("1345 기관 통역 전용 전화입니다"), "the staff heard the Korean prompt");

        (await counselor.PostAsync("/hangup")).EnsureSuccessStatusCode();
        await center.Server.RecordsEventuallyAsync(records => records.Calls.AnyAsync(c => c.CallSid == caller.Sid && c.EndedAt != null));
        var record = await RecordAsync(center, caller.Sid);
        Assert.That((record.Interpretation, record.Institution, record.Language), Is.EqualTo((true, DirectoryEntries.HospitalId, "vi")));
        var report = await ReportRowsAsync(operations, "interpretation", record.Day);
        Assert.That(report.Single()[..5], Is.EqualTo(new[] { DirectoryEntries.HospitalId, "서울의료원 / Seoul Medical Center", "vi", "1", "1" }));
    }

    [Test]
    public async Task InstitutionLine_FromANumberNotInTheDirectory_TheKeyedCodeIdentifiesTheInstitution()
    {
        await using var center = await SimulatedCenter.StartAsync(new Dictionary<string, string?> { ["Institutions:LineNumbers:0"] = "+821345" });
        await DirectoryEntries.SaveAsync(await center.Server.CreateSignedInClientAsync(Roles.Operations));
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");

        center.Twilio.PlaceIncomingCall("+8222769999", new ScriptedParty([DirectoryEntries.HospitalCode + "*", "4*"], bargeIn: true));
        await counselor.WaitUntilOnCallAsync();

        Assert.That((await SoftphoneAsync(center, "c-vi")).Call!.Interpretation!.InstitutionId, Is.EqualTo(DirectoryEntries.HospitalId));
    }

    [Test]
    public async Task InstitutionLine_ALanguageOutsideItsHours_IsSaidSoInKorean_AndAnOpenOneCanBeChosen()
    {
        // Monday 19:00 in Seoul: Vietnamese closed at 18:00, Mandarin still open.
        var evening = new ShiftedTimeProvider(new DateTimeOffset(2026, 11, 30, 19, 0, 0, TimeSpan.FromHours(9)));
        await using var center = await SimulatedCenter.StartAsync(new Dictionary<string, string?> { ["Institutions:LineNumbers:0"] = "+821345" },
            services: services => services.AddSingleton<TimeProvider>(evening));
        await DirectoryEntries.SaveAsync(await center.Server.CreateSignedInClientAsync(Roles.Operations));
        var counselor = await Softphone.SignInAsync(center, "c-zh", "zh");
        var staff = new ListeningParty(new ScriptedParty(["4*", "3*"], bargeIn: true));

        center.Twilio.PlaceIncomingCall(DirectoryEntries.HospitalNumber, staff);
        await counselor.WaitUntilOnCallAsync();

        Assert.That(staff.Heard, Has.Some.StartsWith("지금은 베트남어 상담 시간이 아닙니다. 다음 상담은 화요일 09:00"), "in Korean, with the next opening");
        var call = (await SoftphoneAsync(center, "c-zh")).Call!;
        Assert.That((call.Language, call.Interpretation!.InstitutionId), Is.EqualTo(("zh", DirectoryEntries.HospitalId)));
    }

    [Test]
    public async Task InstitutionLine_ARecordedLanguage_AsksTheConsentInKorean_AndARefusalIsHonoured()
    {
        await using var center = await SimulatedCenter.StartAsync(new Dictionary<string, string?>
        {
            ["Institutions:LineNumbers:0"] = "+821345",
            ["Recording:Languages:vi"] = "true",
        });
        await DirectoryEntries.SaveAsync(await center.Server.CreateSignedInClientAsync(Roles.Operations));
        var staff = new ListeningParty(new ScriptedParty(["4*", "7"], bargeIn: true));

        var caller = center.Twilio.PlaceIncomingCall(DirectoryEntries.HospitalNumber, staff);
        // The answer to the refusal is heard before the queue; a counselor free at once would cut it short.
        await center.EventuallyAsync(() => Task.FromResult(staff.Heard.Contains("이 통화는 녹음되지 않습니다.")), "the refusal is answered in Korean");
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");
        await counselor.WaitUntilOnCallAsync();
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Conferences.All.Any(conference => conference.Status == "in-progress")), "the conference started");

        Assert.That(staff.Heard, Does.Contain("상담 품질 향상을 위해 통화 내용이 녹음될 수 있습니다. 녹음을 원하지 않으시면 7번을 눌러 주십시오."));
        Assert.That(center.Twilio.Recordings.All, Is.Empty, "refused: not recorded");
        var session = await center.Server.Services.GetRequiredService<CallSessionStore>().GetAsync(caller.Sid);
        Assert.That(session!.Consent, Is.EqualTo(RecordingConsent.Refused));
        Assert.That(session.HoldTags, Is.EqualTo(new[] { "interpretation" }), "queued with the line's tag after the answer");
    }

    private static async Task<SoftphoneState> SoftphoneAsync(SimulatedCenter center, string counselorId) =>
        (await center.Server.Services.GetRequiredService<SoftphoneStateReader>().ReadAsync(counselorId, CancellationToken.None))!;

    private static async Task<CallRecord> RecordAsync(SimulatedCenter center, string callSid)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().Calls.AsNoTracking().SingleAsync(call => call.CallSid == callSid);
    }

    /// <summary>The report's rows for one day, without the period column.</summary>
    private static async Task<List<List<string>>> ReportRowsAsync(HttpClient client, string report, DateOnly day)
    {
        var table = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{report}?from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}");
        return [.. table.GetProperty("rows").EnumerateArray().Select(row => row.EnumerateArray().Skip(1).Select(cell => cell.ToString()).ToList())];
    }
}
