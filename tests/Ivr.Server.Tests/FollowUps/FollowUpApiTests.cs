using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Ivr.Server.FollowUps;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.FollowUps;

/// <summary>The counselors' follow-up API: their languages' tasks oldest first, one claim per task, a close with a disposition, and who may do what.</summary>
public sealed class FollowUpApiTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
    private IvrServerFactory server = null!;
    private HttpClient vi = null!;
    private HttpClient otherVi = null!;
    private HttpClient zh = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        server = await IvrServerFactory.StartAsync(replaceServices: services => services.AddSingleton<TimeProvider>(clock));
        vi = await CounselorAsync("c-vi", "vi");
        otherVi = await CounselorAsync("c-vi-2", "vi");
        zh = await CounselorAsync("c-zh", "zh");
    }

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    private Task<HttpClient> CounselorAsync(string id, string language) => server.CreateLinkedCounselorAsync(id, language);

    private async Task<List<FollowUpView>> ListAsync(HttpClient client) => (await client.GetFromJsonAsync<List<FollowUpView>>("/api/counselor/followups"))!;

    [Test]
    public async Task List_ShowsTheCounselorsLanguagesOpenTasksOldestFirst()
    {
        var newer = await server.AddAsync("vi", clock.GetUtcNow().AddMinutes(-5));
        var older = await server.AddAsync("vi", clock.GetUtcNow().AddMinutes(-50));
        var chinese = await server.AddAsync("zh", clock.GetUtcNow().AddMinutes(-60));

        var tasks = (await ListAsync(vi)).Select(task => task.Id).ToList();

        Assert.That(tasks, Does.Not.Contain(chinese.Id));
        Assert.That(tasks.IndexOf(older.Id), Is.LessThan(tasks.IndexOf(newer.Id)), "oldest first: served first");
        Assert.That((await ListAsync(zh)).Select(task => task.Id), Does.Contain(chinese.Id).And.Not.Contain(older.Id));
    }

    [Test]
    public async Task List_NeverShowsTheNumberOrTwiliosRecording()
    {
        await server.AddAsync("vi", clock.GetUtcNow(), recordingSid: "RE00000000000000000000000000000042", callerProtected: "protected-number");

        var body = await vi.GetStringAsync("/api/counselor/followups");

        Assert.That(body, Does.Not.Contain("RE00000000000000000000000000000042").And.Not.Contain("protected-number").And.Not.Contain("twilio.com"));
        Assert.That(body, Does.Contain("\"hasRecording\":true"));
    }

    [Test]
    public async Task Claim_ByAnotherCounselorAfterwards_IsRefusedNamingWhoHasIt()
    {
        var task = await server.AddAsync("vi", clock.GetUtcNow());

        var mine = await vi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null);
        var theirs = await otherVi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null);
        var again = await vi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null);

        Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await mine.Content.ReadFromJsonAsync<FollowUpView>())!.ClaimedBy, Is.EqualTo("c-vi"));
        Assert.That(theirs.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await theirs.Content.ReadFromJsonAsync<FollowUpView>())!.ClaimedBy, Is.EqualTo("c-vi"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "claiming one's own task again changes nothing");
        Assert.That((await ListAsync(otherVi)).Single(view => view.Id == task.Id).ClaimedBy, Is.EqualTo("c-vi"), "the other counselor sees who works it");
    }

    [Test]
    public async Task Claim_TwoCounselorsAtOnce_OneHasIt()
    {
        for (var round = 0; round < 5; round++)
        {
            var task = await server.AddAsync("vi", clock.GetUtcNow());

            var answers = await Task.WhenAll(vi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null), otherVi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null));

            Assert.That(answers.Select(answer => answer.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
            var winner = (await answers.Single(answer => answer.IsSuccessStatusCode).Content.ReadFromJsonAsync<FollowUpView>())!.ClaimedBy;
            Assert.That((await server.FindAsync(task.Id))!.ClaimedBy, Is.EqualTo(winner));
        }
    }

    [Test]
    public async Task Done_WithADisposition_LeavesTheListAndIsAudited()
    {
        var task = await server.AddAsync("vi", clock.GetUtcNow());
        (await vi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null)).EnsureSuccessStatusCode();

        var done = await vi.PostAsJsonAsync($"/api/counselor/followups/{task.Id}/done", new FollowUpDoneRequest(FollowUpDispositions.CalledBack, "  Called back, visa extension explained.  "));

        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ListAsync(vi)).Select(view => view.Id), Does.Not.Contain(task.Id));
        var stored = (await server.FindAsync(task.Id))!;
        Assert.That((stored.State, stored.Disposition, stored.DoneBy, stored.DoneAt), Is.EqualTo((FollowUpStates.Done, "called-back", "c-vi", (DateTimeOffset?)clock.GetUtcNow())));
        Assert.That(stored.Note, Is.EqualTo("Called back, visa extension explained."));
        await using var scope = server.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.AsNoTracking()
            .Where(entry => entry.Subject == task.Id.ToString()).Select(entry => entry.Action).ToListAsync();
        Assert.That(audit, Is.EquivalentTo(new[] { "followup.claim", "followup.done" }));
    }

    [Test]
    public async Task Done_AnOpenTask_ClaimsAndClosesIt()
    {
        var task = await server.AddAsync("vi", clock.GetUtcNow());

        var done = await otherVi.PostAsJsonAsync($"/api/counselor/followups/{task.Id}/done", new FollowUpDoneRequest(FollowUpDispositions.NotNeeded, null));

        Assert.That((await done.Content.ReadFromJsonAsync<FollowUpView>())!.ClaimedBy, Is.EqualTo("c-vi-2"));
    }

    [Test]
    public async Task Done_ATaskAnotherCounselorClaimed_IsRefused()
    {
        var task = await server.AddAsync("vi", clock.GetUtcNow());
        (await vi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null)).EnsureSuccessStatusCode();

        var done = await otherVi.PostAsJsonAsync($"/api/counselor/followups/{task.Id}/done", new FollowUpDoneRequest(FollowUpDispositions.Resolved, null));
        var twice = await vi.PostAsJsonAsync($"/api/counselor/followups/{task.Id}/done", new FollowUpDoneRequest(FollowUpDispositions.Resolved, null));
        var thrice = await vi.PostAsJsonAsync($"/api/counselor/followups/{task.Id}/done", new FollowUpDoneRequest(FollowUpDispositions.Resolved, null));

        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(twice.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(thrice.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a done task is not closed again");
    }

    [TestCase("maybe")]
    [TestCase("")]
    public async Task Done_WithoutAKnownDisposition_Is400(string disposition)
    {
        var task = await server.AddAsync("vi", clock.GetUtcNow());

        var response = await vi.PostAsJsonAsync($"/api/counselor/followups/{task.Id}/done", new { disposition, note = (string?)null });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await server.FindAsync(task.Id))!.State, Is.EqualTo(FollowUpStates.Open));
    }

    [Test]
    public async Task Done_WithANoteTooLong_Is400()
    {
        var task = await server.AddAsync("vi", clock.GetUtcNow());

        var response = await vi.PostAsJsonAsync($"/api/counselor/followups/{task.Id}/done", new FollowUpDoneRequest(FollowUpDispositions.Resolved, new string('x', 501)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Release_OwnClaim_PutsTheTaskBackForAnyCounselorOfTheLanguage()
    {
        var task = await server.AddAsync("vi", clock.GetUtcNow());
        (await vi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null)).EnsureSuccessStatusCode();

        var byOther = await otherVi.PostAsync($"/api/counselor/followups/{task.Id}/release", null);
        var released = await vi.PostAsync($"/api/counselor/followups/{task.Id}/release", null);
        var again = await vi.PostAsync($"/api/counselor/followups/{task.Id}/release", null);
        var claimedByOther = await otherVi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null);

        Assert.That(byOther.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "only one's own claim");
        Assert.That(released.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var view = (await released.Content.ReadFromJsonAsync<FollowUpView>())!;
        Assert.That((view.State, view.ClaimedBy, view.ClaimedAt), Is.EqualTo((FollowUpStates.Open, (string?)null, (DateTimeOffset?)null)));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "an open task has no claim to release");
        Assert.That((await claimedByOther.Content.ReadFromJsonAsync<FollowUpView>())!.ClaimedBy, Is.EqualTo("c-vi-2"));
    }

    [Test]
    public async Task Release_BySupervisor_FreesAnyonesClaimButNotAClosedTask()
    {
        var task = await server.AddAsync("vi", clock.GetUtcNow());
        var closed = await server.AddAsync("vi", clock.GetUtcNow());
        (await vi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null)).EnsureSuccessStatusCode();
        (await vi.PostAsJsonAsync($"/api/counselor/followups/{closed.Id}/done", new FollowUpDoneRequest(FollowUpDispositions.Resolved, null))).EnsureSuccessStatusCode();
        var supervisor = await server.CreateSignedInClientAsync(Roles.Supervisor);
        var operations = await server.CreateSignedInClientAsync(Roles.Operations);

        Assert.That((await operations.PostAsync($"/api/followups/{task.Id}/release", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await vi.PostAsync($"/api/followups/{task.Id}/release", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await supervisor.PostAsync($"/api/followups/{task.Id}/release", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await supervisor.PostAsync($"/api/followups/{closed.Id}/release", null)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await server.FindAsync(task.Id))!.State, Is.EqualTo(FollowUpStates.Open));
    }

    [Test]
    public async Task Claim_ATaskOfAnotherLanguage_IsNotFound()
    {
        var task = await server.AddAsync("zh", clock.GetUtcNow());

        Assert.That((await vi.PostAsync($"/api/counselor/followups/{task.Id}/claim", null)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await vi.GetAsync($"/api/counselor/followups/{task.Id}/recording")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task CallBack_ATaskWhoseNumberWasWithheld_IsAConflictAndNothingIsDialled()
    {
        var task = await server.AddAsync("vi", clock.GetUtcNow());

        var response = await vi.PostAsync($"/api/counselor/followups/{task.Id}/call-back", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("withheld"));
    }

    [Test]
    public async Task Supervisors_SeeEveryLanguageReadOnly()
    {
        var task = await server.AddAsync("zh", clock.GetUtcNow());
        var supervisor = await server.CreateSignedInClientAsync(Roles.Supervisor);

        var all = await supervisor.GetFromJsonAsync<List<FollowUpView>>("/api/followups");
        var chinese = await supervisor.GetFromJsonAsync<List<FollowUpView>>("/api/followups?language=zh");

        Assert.That(all!.Select(view => view.Id), Does.Contain(task.Id));
        Assert.That(chinese!.Select(view => view.Language).Distinct(), Is.EqualTo(new[] { "zh" }));
        Assert.That((await supervisor.PostAsync($"/api/counselor/followups/{task.Id}/claim", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await supervisor.GetAsync($"/api/counselor/followups/{task.Id}/recording")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Roles_CounselorsAndTheSignedOut_AreKeptOutOfTheSupervisorsList()
    {
        Assert.That((await vi.GetAsync("/api/followups")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await server.CreateClient().GetAsync("/api/followups")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await server.CreateClient().GetAsync("/api/counselor/followups")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task List_ForACounselorAccountNotLinked_IsNotFound()
    {
        var unlinked = await server.CreateSignedInClientAsync(Roles.Counselor);

        Assert.That((await unlinked.GetAsync("/api/counselor/followups")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
