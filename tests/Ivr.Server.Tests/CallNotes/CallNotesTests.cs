using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.CallNotes;
using Ivr.Server.CallRecords;
using Ivr.Server.Counselors;
using Ivr.Server.Data;
using Ivr.Server.Queueing;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.CallNotes;

/// <summary>
/// A victim of crime's call: the counselor's note is sealed before it is stored (the database row holds no clear text),
/// read by the victim-support team, supervisors and operations, refused to other counselors, and every read audited.
/// </summary>
public sealed class CallNotesTests
{
    private const string Note = "Assaulted by employer on 3 Dec; wants police report in Nepali";
    private IvrServerFactory factory = null!;
    private HttpClient teamCounselor = null!, otherCounselor = null!, supervisor = null!, operations = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await TwilioMock.Ringing().StartServerAsync();
        operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);
        (teamCounselor, var teamUser) = await factory.CreateSignedInUserAsync(Roles.Counselor);
        (otherCounselor, var otherUser) = await factory.CreateSignedInUserAsync(Roles.Counselor);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-team", new CounselorRequest("Park", new() { ["ne"] = 5, ["ko"] = 5 }, ["victim-support"], null, teamUser))).EnsureSuccessStatusCode();
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-other", new CounselorRequest("Choi", new() { ["en"] = 5 }, null, null, otherUser))).EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task VictimsCall_NoteIsSealedAtRest_ReadByTeamSupervisorAndOperations_RefusedToOthers_EveryReadAudited()
    {
        await HandleAsync("CA-victim", "ne", ["victim-support"], Note);

        var stored = await StoredOutcomeAsync("CA-victim");
        Assert.That(stored, Does.Not.Contain("Assaulted").And.Not.Contain("police"), "the database row holds the sealed note only");
        Assert.That(stored, Does.Contain(NoteProtector.SealedField));

        var refused = await otherCounselor.GetAsync("/api/calls/CA-victim/notes");
        var anonymous = await factory.CreateClient().GetAsync("/api/calls/CA-victim/notes");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        foreach (var reader in new[] { teamCounselor, supervisor, operations })
        {
            var view = await reader.GetFromJsonAsync<CallNotesApi.CallNotesView>("/api/calls/CA-victim/notes");
            Assert.That(view!.Sensitive, Is.True);
            Assert.That(view.Notes.Single().Note, Is.EqualTo(Note));
            Assert.That(view.Notes.Single().Counselor, Is.EqualTo("c-team"));
        }
        var audit = await AuditAsync("CA-victim");
        Assert.That(audit.Count(entry => entry.Action == CallNotesReader.ReadAction), Is.EqualTo(3));
        Assert.That(audit.Count(entry => entry.Action == CallNotesReader.RefusedAction), Is.EqualTo(1));
    }

    [Test]
    public async Task OrdinaryCall_NoteIsSealedToo_AndReadByAnyCounselorWithoutAnAuditEntry()
    {
        await HandleAsync("CA-plain", "ko", [], "Asked about F-6 renewal documents");

        Assert.That(await StoredOutcomeAsync("CA-plain"), Does.Not.Contain("renewal"));
        var view = await otherCounselor.GetFromJsonAsync<CallNotesApi.CallNotesView>("/api/calls/CA-plain/notes");
        Assert.That(view!.Sensitive, Is.False);
        Assert.That(view.Notes.Single().Note, Is.EqualTo("Asked about F-6 renewal documents"));
        Assert.That(await AuditAsync("CA-plain"), Is.Empty);
    }

    [Test]
    public async Task History_ShowsTheCallersEarlierCalls_WithholdingAVictimsNotesFromCounselorsOutsideTheTeam()
    {
        const string caller = "+82 10-5555-0101";
        await factory.HandleCallAsync(teamCounselor, "c-team", "CA-h1", "ne", ["victim-support"], "Victim's first call", from: caller);
        await factory.HandleCallAsync(teamCounselor, "c-team", "CA-h2", "ne", [], "Asked about E-9 transfer", from: caller);
        (await teamCounselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("offline", null))).EnsureSuccessStatusCode();
        await factory.HandleCallAsync(otherCounselor, "c-other", "CA-h3", "en", [], null, from: "010-5555-0101");

        var history = await otherCounselor.GetFromJsonAsync<List<EarlierCall>>("/api/counselor/calls/CA-h3/history");
        var notOwn = await teamCounselor.GetAsync("/api/counselor/calls/CA-h3/history");
        var supervised = await supervisor.GetFromJsonAsync<List<EarlierCall>>("/api/calls/CA-h3/history");

        Assert.That(history!.Select(call => (call.CallSid, call.Sensitive)), Is.EquivalentTo(new[] { ("CA-h1", true), ("CA-h2", false) }));
        Assert.That(history!.Single(call => call.CallSid == "CA-h1").Notes, Is.Null, "a victim's notes are the team's");
        Assert.That(history!.Single(call => call.CallSid == "CA-h2").Notes!.Single().Note, Is.EqualTo("Asked about E-9 transfer"));
        Assert.That(notOwn.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a counselor reads the history of their own call only");
        Assert.That(supervised!.Single(call => call.CallSid == "CA-h1").Notes!.Single().Note, Is.EqualTo("Victim's first call"));
        Assert.That((await AuditAsync("CA-h1")).Select(entry => entry.Action), Is.EqualTo(new[] { CallNotesReader.ReadAction }));
    }

    [Test]
    public async Task UnknownCall_IsNotFound_AndAnOversizedIdIsRefused()
    {
        Assert.That((await supervisor.GetAsync("/api/calls/CA-nobody/notes")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await supervisor.GetAsync($"/api/calls/CA{new string('f', 200)}/notes")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task SensitiveCalls_AreCountedInTheirReport_WithoutTheirNotes()
    {
        await HandleAsync("CA-victim-2", "ko", ["victim-support"], "Second victim note");

        await using var scope = factory.Services.CreateAsyncScope();
        var day = await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().Calls.Where(call => call.CallSid == "CA-victim-2").Select(call => call.Day).SingleAsync();
        var calls = 0;
        await factory.RecordsEventuallyAsync(async _ =>
        {
            var report = await supervisor.GetStringAsync($"/api/reports/sensitive-calls?from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}&format=csv");
            Assert.That(report, Does.Not.Contain("Second victim note"));
            calls = report.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Sum(line => int.Parse(line.Split(',')[^1]));
            return calls >= 1;
        });
        Assert.That(calls, Is.GreaterThanOrEqualTo(1));
    }

    private Task HandleAsync(string callSid, string language, string[] tags, string note) =>
        factory.HandleCallAsync(teamCounselor, "c-team", callSid, language, tags, note);

    private async Task<string> StoredOutcomeAsync(string callSid)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<RecordsDbContext>();
        return await records.CallEvents.Where(row => row.CallSid == callSid && row.Type == CallEventTypes.OutcomeRecorded)
            .Select(row => row.Fields).SingleAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync(string callSid)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.Where(entry => entry.Subject == callSid).ToListAsync();
    }
}
