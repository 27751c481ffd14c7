using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Server.Authorization;
using Ivr.Server.CallNotes;
using Ivr.Server.Data;
using Ivr.Server.Institutions;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Institutions;

/// <summary>
/// The institution directory: operations staff save institutions (validated field by field, audited), supervisors read
/// them, counselors only search them for the softphone's picker; referrals at wrap-up are saved, audited, listed per call
/// and counted in the referrals report.
/// </summary>
public sealed class InstitutionsApiTests
{
    private IvrServerFactory factory = null!;
    private HttpClient counselor = null!, supervisor = null!, operations = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await TwilioMock.Ringing().StartServerAsync();
        operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);
        (counselor, var userId) = await factory.CreateSignedInUserAsync(Roles.Counselor);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-vi", new CounselorRequest("Nguyen", new() { ["vi"] = 5 }, null, null, userId))).EnsureSuccessStatusCode();
        await DirectoryEntries.SaveAsync(operations);
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task Save_IsReadBackBySupervisors_AndAudited()
    {
        var all = await supervisor.GetFromJsonAsync<List<Institution>>("/api/institutions");

        var police = all!.Single(institution => institution.Id == DirectoryEntries.PoliceId);
        Assert.That((police.NameKo, police.NameEn, police.Kind, police.Numbers.Single()),
            Is.EqualTo(("영등포경찰서", "Yeongdeungpo Police Station", "police", DirectoryEntries.PoliceNumber)));
        Assert.That(police.Departments.Select(d => (d.Name, d.Number)), Does.Contain((DirectoryEntries.PoliceDesk, DirectoryEntries.PoliceDeskNumber)));
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries
            .Where(entry => entry.Subject == $"institution:{DirectoryEntries.PoliceId}").ToListAsync();
        Assert.That(audit.Select(entry => entry.Action), Does.Contain("institutions.create"));
    }

    [Test]
    public async Task Save_Invalid_IsRefusedNamingEachField()
    {
        var response = await operations.PutAsJsonAsync("/api/institutions/Bad_Id", new InstitutionRequest(" ", "Clinic", "spa",
            ["+8221234567", "02-123-4567"], null, [new DepartmentRequest("Desk", "1234")], "12"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(error => error.Name),
            Is.EquivalentTo(new[] { "id", "nameKo", "kind", "numbers[1]", "departments[0].number", "code" }));
    }

    [Test]
    public async Task Save_ACodeAnotherInstitutionHas_IsRefused()
    {
        var response = await operations.PutAsJsonAsync("/api/institutions/other-clinic", DirectoryEntries.Hospital with { NameEn = "Other clinic" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _), Is.True);
    }

    [Test]
    public async Task Changes_BySupervisorsOrCounselors_AreForbidden_AndCounselorsCannotListTheDirectory()
    {
        Assert.That((await supervisor.PutAsJsonAsync("/api/institutions/x-clinic", DirectoryEntries.Police)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await counselor.DeleteAsync($"/api/institutions/{DirectoryEntries.PoliceId}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await counselor.GetAsync("/api/institutions")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await factory.CreateClient().GetAsync("/api/institutions/search?q=police")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Search_ForCounselors_MatchesKoreanAndEnglishNamesKindsAndDepartments()
    {
        async Task<IEnumerable<string>> Found(string query) =>
            (await counselor.GetFromJsonAsync<List<Institution>>($"/api/institutions/search?q={Uri.EscapeDataString(query)}"))!.Select(i => i.Id);

        Assert.That(await Found("경찰"), Is.EqualTo(new[] { DirectoryEntries.PoliceId }));
        Assert.That(await Found("medical"), Is.EqualTo(new[] { DirectoryEntries.HospitalId }));
        Assert.That(await Found("HOSPITAL"), Is.EqualTo(new[] { DirectoryEntries.HospitalId }));
        Assert.That(await Found("국제진료"), Is.EqualTo(new[] { DirectoryEntries.HospitalId }));
        Assert.That(await Found("police 여성청소년"), Is.EqualTo(new[] { DirectoryEntries.PoliceId }));
        Assert.That(await Found("nothing-like-this"), Is.Empty);
    }

    [Test]
    public async Task Referral_IsSavedAuditedListedForTheCall_AndCountedInTheReport()
    {
        var response = await counselor.PostAsJsonAsync("/api/counselor/referrals",
            new ReferralRequest("CA-referred", DirectoryEntries.PoliceId, "Wage theft and assault by the employer", Consent: true));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var listed = await supervisor.GetFromJsonAsync<List<ReferralsApi.ReferralView>>("/api/institutions/referrals?callSid=CA-referred");
        var referral = listed!.Single();
        Assert.That((referral.InstitutionId, referral.InstitutionName, referral.Consent, referral.Counselor),
            Is.EqualTo((DirectoryEntries.PoliceId, "영등포경찰서", true, "c-vi")));
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries
            .SingleAsync(entry => entry.Action == "referrals.create" && entry.Subject == "call:CA-referred");
        Assert.That(audit.Details, Does.Contain(DirectoryEntries.PoliceId).And.Not.Contain("Wage"), "the audit names the institution, not what the caller said");
        var day = (await scope.ServiceProvider.GetRequiredService<InstitutionsDbContext>().Referrals.SingleAsync(r => r.CallSid == "CA-referred")).Day;
        var report = await supervisor.GetFromJsonAsync<JsonElement>($"/api/reports/referrals?from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}");
        var row = report.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(cell => cell.ToString()).ToList())
            .Single(r => r[1] == DirectoryEntries.PoliceId);
        Assert.That(row[2..], Is.EqualTo(new[] { "영등포경찰서 / Yeongdeungpo Police Station", "1", "1" }));
    }

    [Test]
    public async Task DeletedInstitution_ReportsAndTheCallersHistoryStillShowItsName()
    {
        (await operations.PutAsJsonAsync("/api/institutions/ansan-support", new InstitutionRequest("안산 외국인주민지원센터", "Ansan Support Center", "support-center",
            ["+82314813114"], null, null, null))).EnsureSuccessStatusCode();
        // Renamed before it went: the report names it as it was last saved.
        (await operations.PutAsJsonAsync("/api/institutions/ansan-support", new InstitutionRequest("안산시 외국인주민지원본부", "Ansan Foreign Residents Support Center",
            "support-center", ["+82314813114"], null, null, null))).EnsureSuccessStatusCode();
        const string caller = "+82 10-5555-0303";
        await factory.HandleCallAsync(counselor, "c-vi", "CA-referred-ansan", "vi", [], null, from: caller);
        var referred = await counselor.PostAsJsonAsync("/api/counselor/referrals", new ReferralRequest("CA-referred-ansan", "ansan-support", "Housing", Consent: false));
        Assert.That(referred.StatusCode, Is.EqualTo(HttpStatusCode.Created), await referred.Content.ReadAsStringAsync());

        Assert.That((await operations.DeleteAsync("/api/institutions/ansan-support")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await factory.HandleCallAsync(counselor, "c-vi", "CA-ansan-again", "vi", [], null, from: caller);
        var history = await counselor.GetFromJsonAsync<List<EarlierCall>>("/api/counselor/calls/CA-ansan-again/history");
        Assert.That(history!.Single(call => call.CallSid == "CA-referred-ansan").ReferredTo, Is.EqualTo(new[] { "안산시 외국인주민지원본부" }), "the caller's history names it too");

        Assert.That((await supervisor.GetFromJsonAsync<List<Institution>>("/api/institutions"))!.Select(institution => institution.Id), Does.Not.Contain("ansan-support"));
        await using var scope = factory.Services.CreateAsyncScope();
        var day = (await scope.ServiceProvider.GetRequiredService<InstitutionsDbContext>().Referrals.SingleAsync(r => r.CallSid == "CA-referred-ansan")).Day;
        var report = await supervisor.GetFromJsonAsync<JsonElement>($"/api/reports/referrals?from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}");
        var row = report.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(cell => cell.ToString()).ToList())
            .Single(r => r[1] == "ansan-support");
        Assert.That(row[2..], Is.EqualTo(new[] { "안산시 외국인주민지원본부 / Ansan Foreign Residents Support Center", "1", "0" }), "named after its deletion, not its id");
    }

    [Test]
    public async Task Referral_ShowsInTheCallersHistory_OnTheirNextCall()
    {
        const string caller = "+82 10-5555-0202";
        await factory.HandleCallAsync(counselor, "c-vi", "CA-first", "vi", [], "Injured at work", from: caller);
        (await counselor.PostAsJsonAsync("/api/counselor/referrals",
            new ReferralRequest("CA-first", DirectoryEntries.HospitalId, "Treatment of a work injury", Consent: false))).EnsureSuccessStatusCode();
        await factory.HandleCallAsync(counselor, "c-vi", "CA-again", "vi", [], null, from: caller);

        var history = await counselor.GetFromJsonAsync<List<EarlierCall>>("/api/counselor/calls/CA-again/history");

        Assert.That(history!.Single(call => call.CallSid == "CA-first").ReferredTo, Is.EqualTo(new[] { "서울의료원" }));
    }

    [Test]
    public async Task Referral_Invalid_IsRefusedNamingEachField_AndSupervisorsCannotRefer()
    {
        var response = await counselor.PostAsJsonAsync("/api/counselor/referrals", new ReferralRequest("CA-x", "no-such-place", " ", null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(error => error.Name), Is.EquivalentTo(new[] { "institutionId", "what", "consent" }));
        var bySupervisor = await supervisor.PostAsJsonAsync("/api/counselor/referrals", new ReferralRequest("CA-x", DirectoryEntries.PoliceId, "x", false));
        Assert.That(bySupervisor.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
