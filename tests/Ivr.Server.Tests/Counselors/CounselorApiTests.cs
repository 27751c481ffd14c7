using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Queueing;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ivr.Server.Tests.Counselors;

public sealed class CounselorApiTests
{
    private IvrServerFactory factory = null!;
    private AcdEngine engine = null!;
    private HttpClient counselor = null!;

    [SetUp]
    public async Task SignInLinkedCounselor()
    {
        factory = await TwilioMock.Ringing().StartServerAsync();
        engine = factory.Services.GetRequiredService<AcdEngine>();
        var (client, userId) = await factory.CreateSignedInUserAsync(Roles.Counselor);
        counselor = client;
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        var linked = await operations.PutAsJsonAsync("/api/staffing/counselors/c-ko", new CounselorRequest("Kim", new() { ["ko"] = 5 }, null, null, userId));
        linked.EnsureSuccessStatusCode();
    }

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Presence_Available_SignsInAndShowsInMe()
    {
        var response = await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var me = await counselor.GetFromJsonAsync<CounselorView>("/api/counselor/me");
        Assert.That(me!.Id, Is.EqualTo("c-ko"));
        Assert.That(me.State, Is.EqualTo("Available"));
    }

    [Test]
    public async Task Presence_BreakWithUnknownReason_Answers400_KnownReason_IsOnBreak()
    {
        await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null));

        var unknown = await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("break", "napping"));
        var lunch = await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("break", "lunch"));

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(lunch.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var live = await engine.GetCounselorAsync("c-ko");
        Assert.That(live!.State, Is.EqualTo(CounselorState.Break));
        Assert.That(live.BreakReason, Is.EqualTo("lunch"));
    }

    [Test]
    public async Task Me_AccountNotLinkedToACounselor_Answers404()
    {
        var unlinked = await factory.CreateSignedInClientAsync(Roles.Counselor);

        var response = await unlinked.GetAsync("/api/counselor/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Supervisor_SetsAStuckCounselorOffline()
    {
        await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null));
        var supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);

        var response = await supervisor.PostAsJsonAsync("/api/staffing/counselors/c-ko/presence", new PresenceRequest("offline", null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await engine.GetCounselorAsync("c-ko"))!.State, Is.EqualTo(CounselorState.Offline));
    }

    [Test]
    public async Task WrapUp_AfterACall_RecordsTheOutcomeEventAndMakesTheCounselorAvailable()
    {
        await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null));
        await factory.Services.GetRequiredService<ICallerQueue>().JoinAsync(new QueueJoinRequest("CA-1", "ko", 0, [], DateTimeOffset.UnixEpoch), CancellationToken.None);
        await engine.AcceptAsync((await engine.GetCounselorAsync("c-ko"))!.ReservationId!);
        await engine.CallEndedAsync("CA-1");
        Assert.That((await engine.GetCounselorAsync("c-ko"))!.State, Is.EqualTo(CounselorState.WrapUp));

        var response = await counselor.PostAsJsonAsync("/api/counselor/wrap-up", new WrapUpRequest("CA-1", "F-4", "EXTENSION", null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await engine.GetCounselorAsync("c-ko"))!.State, Is.EqualTo(CounselorState.Available));
        var events = await factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().StreamRangeAsync(engine.Keys.ContactCenter.Events);
        var wrapUp = events.Select(CallEventStream.FromEntry).Single(e => e.Type == CallEventTypes.OutcomeRecorded);
        Assert.That(wrapUp.CallSid, Is.EqualTo("CA-1"));
        Assert.That(wrapUp.Fields["residencyStatus"], Is.EqualTo("F-4"));
        Assert.That(wrapUp.Fields["topic"], Is.EqualTo("EXTENSION"));
        Assert.That(wrapUp.Fields["counselor"], Is.EqualTo("c-ko"));
    }

    [Test]
    public async Task WrapUp_AnotherCounselorsCall_Answers404AndRecordsNothing()
    {
        await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null));
        await factory.Services.GetRequiredService<ICallerQueue>().JoinAsync(new QueueJoinRequest("CA-1", "ko", 0, [], DateTimeOffset.UnixEpoch), CancellationToken.None);
        await engine.AcceptAsync((await engine.GetCounselorAsync("c-ko"))!.ReservationId!);
        await engine.CallEndedAsync("CA-1");
        var (other, otherUserId) = await factory.CreateSignedInUserAsync(Roles.Counselor);
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-en", new CounselorRequest("Lee", new() { ["en"] = 5 }, null, null, otherUserId))).EnsureSuccessStatusCode();
        await other.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null));

        var response = await other.PostAsJsonAsync("/api/counselor/wrap-up", new WrapUpRequest("CA-1", "F-4", "EXTENSION", "not my call"));
        var phantom = await other.PostAsJsonAsync("/api/counselor/wrap-up", new WrapUpRequest("CA-never-existed", null, null, null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(phantom.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var events = await factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().StreamRangeAsync(engine.Keys.ContactCenter.Events);
        Assert.That(events.Select(CallEventStream.FromEntry).Where(e => e.Type == CallEventTypes.OutcomeRecorded), Is.Empty);
        Assert.That((await engine.GetCounselorAsync("c-ko"))!.State, Is.EqualTo(CounselorState.WrapUp));
    }

    [Test]
    public async Task WrapUp_ACallSidOf7000Characters_IsRefusedAndRecordsNothing()
    {
        await counselor.PostAsJsonAsync("/api/counselor/presence", new PresenceRequest("available", null));

        var response = await counselor.PostAsJsonAsync("/api/counselor/wrap-up", new WrapUpRequest("CA" + new string('f', 7000), null, null, null));

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.BadRequest, HttpStatusCode.NotFound));
        var events = await factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().StreamRangeAsync(engine.Keys.ContactCenter.Events);
        Assert.That(events.Select(CallEventStream.FromEntry).Where(e => e.Type == CallEventTypes.OutcomeRecorded), Is.Empty);
    }
}
