using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Ivr.Server.Queueing;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Staffing;

public sealed class StaffingApiTests
{
    private IvrServerFactory factory = null!;
    private HttpClient operations = null!;
    private AcdEngine engine = null!;

    [SetUp]
    public async Task StartServer()
    {
        factory = await TwilioMock.Ringing().StartServerAsync();
        operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        engine = factory.Services.GetRequiredService<AcdEngine>();
    }

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task PutCounselor_NewCounselor_IsListedLiveAndAudited()
    {
        var response = await PutAsync("c-001", new() { ["en"] = 4, ["zh"] = 3 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var listed = await operations.GetFromJsonAsync<List<CounselorView>>("/api/staffing/counselors");
        Assert.That(listed!.Single().Skills, Is.EquivalentTo(new Dictionary<string, int> { ["en"] = 4, ["zh"] = 3 }));
        Assert.That(listed!.Single().State, Is.EqualTo("Offline"));
        Assert.That((await engine.GetCounselorAsync("c-001"))!.Skills, Has.Count.EqualTo(2));
        Assert.That(await AuditActionsAsync(), Does.Contain("counselor.create"));
    }

    [Test]
    public async Task PutCounselor_UnknownLanguageOrLevel_Answers400NamingTheSkill()
    {
        var response = await PutAsync("c-001", new() { ["xx"] = 3, ["en"] = 9 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("skills.xx").And.Contain("skills.en"));
        Assert.That(await engine.GetCounselorAsync("c-001"), Is.Null);
    }

    [Test]
    public async Task PutCounselor_TeamNotARoutingTag_Answers400NamingTheTeam()
    {
        var response = await operations.PutAsJsonAsync("/api/staffing/counselors/c-001",
            new CounselorRequest("Counselor c-001", new() { ["en"] = 4 }, ["victim-support", "Legal Aid"], null, null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("teams").And.Contain("Legal Aid").And.Not.Contain("victim-support"));
        Assert.That(await engine.GetCounselorAsync("c-001"), Is.Null);
    }

    [TestCase("kim minji")]
    [TestCase("c%3A1")]
    [TestCase("상담사")]
    public async Task PutCounselor_IdNotUsableAsASoftphoneIdentity_Answers400(string id)
    {
        var response = await PutAsync(id, new() { ["en"] = 4 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("counselor id"));
    }

    [Test]
    public async Task MoveCounselor_WhileSignedIn_TheNextCallerOfTheNewLanguageIsRoutedToThem()
    {
        await PutAsync("c-001", new() { ["en"] = 4 });
        await engine.SignInAsync("c-001");

        var moved = await operations.PostAsJsonAsync("/api/staffing/counselors/c-001/move", new MoveRequest("en", "zh", null));
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(new QueueJoinRequest("CA-zh-1", "zh", 0, [], DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var counselor = await engine.GetCounselorAsync("c-001");
        Assert.That(counselor!.Skills, Is.EquivalentTo(new Dictionary<string, int> { ["zh"] = 4 }));
        Assert.That(counselor.State, Is.EqualTo(CounselorState.Reserved));
        Assert.That(counselor.CallSid, Is.EqualTo("CA-zh-1"));
    }

    [Test]
    public async Task BulkMove_ExclusiveToChinese_MovesOnlyThoseAtTheMinimumLevel()
    {
        await PutAsync("a", new() { ["en"] = 5, ["zh"] = 3 });
        await PutAsync("b", new() { ["zh"] = 4, ["vi"] = 2 });
        await PutAsync("c", new() { ["en"] = 4, ["zh"] = 2 });

        var response = await operations.PostAsJsonAsync("/api/staffing/bulk-move", new BulkMoveRequest("zh", 3, "zh", null, Exclusive: true));

        Assert.That(await response.Content.ReadFromJsonAsync<List<string>>(), Is.EquivalentTo(new[] { "a", "b" }));
        Assert.That((await engine.GetCounselorAsync("a"))!.Skills, Is.EquivalentTo(new Dictionary<string, int> { ["zh"] = 3 }));
        Assert.That((await engine.GetCounselorAsync("b"))!.Skills, Is.EquivalentTo(new Dictionary<string, int> { ["zh"] = 4 }));
        Assert.That((await engine.GetCounselorAsync("c"))!.Skills, Is.EquivalentTo(new Dictionary<string, int> { ["en"] = 4, ["zh"] = 2 }));
    }

    [Test]
    public async Task DeleteCounselor_SignedIn_Answers409_SignedOut_Answers204()
    {
        await PutAsync("c-001", new() { ["ko"] = 5 });
        await engine.SignInAsync("c-001");

        var whileSignedIn = await operations.DeleteAsync("/api/staffing/counselors/c-001");
        await engine.SignOutAsync("c-001");
        var afterSignOut = await operations.DeleteAsync("/api/staffing/counselors/c-001");

        Assert.That(whileSignedIn.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(afterSignOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await engine.GetCounselorAsync("c-001"), Is.Null);
    }

    [Test]
    public async Task Statistics_EveryLanguageWithLiveCounts()
    {
        await PutAsync("c-001", new() { ["en"] = 4 });
        await engine.SignInAsync("c-001");
        var supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);

        var statistics = await supervisor.GetFromJsonAsync<List<LanguageStatistics>>("/api/staffing/statistics");

        Assert.That(statistics!.Select(language => language.Language), Is.EquivalentTo(global::Ivr.Server.Hours.DefaultLanguages.All.Select(language => language.Code)));
        Assert.That(statistics!.Single(language => language.Language == "en").Available, Is.EqualTo(1));
        Assert.That(statistics!.Single(language => language.Language == "zh").Available, Is.Zero);
    }

    [Test]
    public async Task ProfileSync_RedisLostTheCounselors_RestoresThemFromPostgres()
    {
        await PutAsync("c-001", new() { ["ja"] = 5 });
        await factory.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>().GetDatabase().KeyDeleteAsync(engine.Keys.Agents);
        Assert.That(await engine.GetCounselorAsync("c-001"), Is.Null);

        await ActivatorUtilities.CreateInstance<CounselorProfileSync>(factory.Services).SyncAsync(CancellationToken.None);

        Assert.That((await engine.GetCounselorAsync("c-001"))!.Skills, Is.EquivalentTo(new Dictionary<string, int> { ["ja"] = 5 }));
    }

    private Task<HttpResponseMessage> PutAsync(string id, Dictionary<string, int> skills) =>
        operations.PutAsJsonAsync($"/api/staffing/counselors/{id}", new CounselorRequest($"Counselor {id}", skills, null, null, null));

    private async Task<List<string>> AuditActionsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.Select(entry => entry.Action).ToListAsync();
    }
}
