using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Data;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Auditing;

/// <summary>Issue 19, item 8: who acts in a counselor's name, and which staff account may act as a counselor, is audited.</summary>
public sealed class OnBehalfAuditTests
{
    private IvrServerFactory factory = null!;
    private HttpClient operations = null!;

    [SetUp]
    public async Task StartServer()
    {
        factory = await IvrServerFactory.StartAsync();
        operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-ko", new CounselorRequest("Kim", new() { ["ko"] = 5 }, null, null, null)))
            .EnsureSuccessStatusCode();
    }

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Supervisor_ChangesACounselorsPresence_IsAuditedWithTheSupervisorAsActor()
    {
        var supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);

        var changed = await supervisor.PostAsJsonAsync("/api/staffing/counselors/c-ko/presence", new PresenceRequest("available", null));
        var read = await supervisor.GetAsync("/api/staffing/counselors/c-ko/call");

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(read.IsSuccessStatusCode, Is.True);
        var entries = await EntriesAsync("c-ko");
        Assert.That(entries.Select(entry => (entry.Action, entry.Details)),
            Has.Member(("set-counselor-presence", "POST /api/staffing/counselors/c-ko/presence")));
        Assert.That(entries.Single(entry => entry.Action == "set-counselor-presence").Actor, Does.StartWith("supervisor-"), "the supervisor's account (StaffAccounts names it by role)");
        Assert.That(entries.Select(entry => entry.Action), Has.None.EqualTo("counselor-call-on-behalf"), "reads are not audited");
    }

    [Test]
    public async Task OnBehalfActionThatFails_IsNotAudited()
    {
        var supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);

        var refused = await supervisor.PostAsJsonAsync("/api/staffing/counselors/c-ko/call/hangup", new { });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "not on a call");
        Assert.That((await EntriesAsync("c-ko")).Select(entry => entry.Action), Has.None.StartsWith("counselor-call-hangup"));
    }

    [Test]
    public async Task LinkingAndUnlinkingAStaffAccount_AreAudited()
    {
        var (_, userId) = await factory.CreateSignedInUserAsync(Roles.Counselor);

        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-ko", new CounselorRequest("Kim", new() { ["ko"] = 5 }, null, null, userId))).EnsureSuccessStatusCode();
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-ko", new CounselorRequest("Kim", new() { ["ko"] = 4 }, null, null, userId))).EnsureSuccessStatusCode();
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-ko", new CounselorRequest("Kim", new() { ["ko"] = 4 }, null, null, null))).EnsureSuccessStatusCode();

        var links = (await EntriesAsync("c-ko")).Where(entry => entry.Action == "counselor.account-link").Select(entry => entry.Details);
        Assert.That(links, Is.EqualTo(new[] { $"none -> {userId}", $"{userId} -> none" }), "one entry per change of the link, none for a skills-only change");
    }

    private async Task<List<AuditEntry>> EntriesAsync(string subject)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.AsNoTracking()
            .Where(entry => entry.Subject == subject).OrderBy(entry => entry.Id).ToListAsync();
    }
}
