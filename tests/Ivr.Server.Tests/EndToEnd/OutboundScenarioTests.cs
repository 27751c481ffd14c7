using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;
using Ivr.Server.CallControl.Outbound;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.FollowUps;
using Ivr.Server.Softphone;
using Ivr.Server.Tests.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// Outbound calls end to end with the phone simulator as Twilio: a counselor calls back a message's caller from the
/// softphone; their own softphone rings first, then the number is dialled from the center's number into the call's
/// conference; they talk, hold works, they hang up into wrap-up and the record in PostgreSQL says outbound, with the
/// task. A number outside the allowed prefixes is refused and nothing is dialled; a busy or unanswered number frees
/// the counselor at once and leaves the task open.
/// </summary>
public sealed class OutboundScenarioTests
{
    private const string CenterNumber = "+8221234567";
    private const string CallerNumber = "+821055501234";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["CallControl:CenterNumber"] = CenterNumber,
        ["CallControl:OutboundRingSeconds"] = "5",
    };

    [Test]
    public async Task OutboundCallRecorded_CallBackAMessage_CounselorFirstThenTheNumber_HoldHangUp_RecordIsOutboundWithTheTask()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var task = await AddMessageAsync(center);
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");
        center.Twilio.Parties.Register(CallerNumber, CalledParty.Answers());

        var response = await counselor.Http.PostAsync($"/api/counselor/followups/{task.Id}/call-back", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var started = (await response.Content.ReadFromJsonAsync<OutboundCallStarted>())!;
        Assert.That((started.CallId[..4], started.Language), Is.EqualTo(("out-", "vi")));
        await center.EventuallyAsync(async () => await counselor.CallAsync() is { ConnectedAt: not null } &&
            center.Twilio.Conferences.All.Any(conference => conference.Participants.Count == 2), "the number answered and joined the counselor");
        var leg = counselor.LatestLeg();
        var dialled = center.Twilio.Calls.All.Single(call => call.To == CallerNumber);
        Assert.That(leg.DateCreated, Is.LessThan(dialled.DateCreated), "the counselor is rung before the number is dialled");
        Assert.That(dialled.From, Is.EqualTo(CenterNumber));
        Assert.That((await center.Engine.GetCounselorAsync("c-vi"))!.CallSid, Is.EqualTo(started.CallId));
        var screen = (await center.Server.Services.GetRequiredService<SoftphoneStateReader>().ReadAsync("c-vi", CancellationToken.None))!;
        Assert.That((screen.Call!.CallSid, screen.Call.Phase, screen.Call.Outbound), Is.EqualTo((started.CallId, "connected", new SoftphoneOutbound("1234", task.Id))));
        var listed = (await counselor.Http.GetFromJsonAsync<List<FollowUpView>>("/api/counselor/followups"))!;
        Assert.That(listed.Single().HasNumber, Is.True, "the Messages panel offers to call back");

        (await counselor.PostAsync("/hold", new { held = true })).EnsureSuccessStatusCode();
        var conference = center.Twilio.Conferences.All.Single(c => c.Participants.Count == 2);
        Assert.That(conference.Participants.Single(p => p.CallSid == dialled.Sid).Hold, Is.True, "the called person is held");
        (await counselor.PostAsync("/hold", new { held = false })).EnsureSuccessStatusCode();
        Assert.That(conference.Participants.Single(p => p.CallSid == dialled.Sid).Hold, Is.False);
        (await counselor.PostAsync("/hangup")).EnsureSuccessStatusCode();

        await counselor.WaitForStateAsync(CounselorState.WrapUp);
        CallRecord? record = null;
        await center.EventuallyAsync(async () => (record = await RecordAsync(center, started.CallId)) is { Outcome: CallOutcome.Answered },
            "the outbound call's record is written");
        Assert.That((record!.Direction, record.FollowUpId, record.Counselor, record.Language), Is.EqualTo((CallDirections.Outbound, (Guid?)task.Id, "c-vi", "vi")));
        Assert.That(record.TalkSeconds, Is.Not.Null);
        Assert.That(record.HoldSeconds, Is.Not.Null);
        Assert.That(record.CallerHash, Is.Not.Null, "the number called is kept as a caller's: hashed, never in clear");
        var stored = await StoredTypesAsync(center, started.CallId);
        Assert.That(stored, Is.SupersetOf(new[] { CallEventTypes.OutboundStarted, CallEventTypes.Answered, CallEventTypes.HoldStarted, CallEventTypes.HoldEnded, CallEventTypes.CallEnded }));
        Assert.That(center.Journal.Events.Where(e => e.Kind == "error"), Is.Empty);
    }

    [Test]
    public async Task OutboundCall_NumberOutsideTheAllowedPrefixes_IsRefusedAndNothingIsDialled()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");

        var international = await counselor.Http.PostAsJsonAsync("/api/softphone/outbound", new OutboundRequest("+442071234567", null));
        var malformed = await counselor.Http.PostAsJsonAsync("/api/softphone/outbound", new OutboundRequest("010-5550-1234", null));
        var otherLanguage = await counselor.Http.PostAsJsonAsync("/api/softphone/outbound", new OutboundRequest(CallerNumber, "zh"));

        Assert.That((international.StatusCode, malformed.StatusCode, otherLanguage.StatusCode),
            Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest)));
        Assert.That(await international.Content.ReadAsStringAsync(), Does.Contain("not among the numbers counselors may call"));
        Assert.That(center.Twilio.Calls.All, Is.Empty, "nothing rang: neither the softphone nor the number");
        Assert.That(await counselor.StateAsync(), Is.EqualTo(CounselorState.Available));
    }

    [Test]
    public async Task OutboundCall_OverTheHourlyLimit_IsRefusedWith429AndNothingIsDialled()
    {
        await using var center = await SimulatedCenter.StartAsync(new Dictionary<string, string?>(Settings) { ["CallControl:OutboundCallsPerHour"] = "1" });
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");
        center.Twilio.Parties.Register(CallerNumber, CalledParty.Busy());
        var first = await counselor.Http.PostAsJsonAsync("/api/softphone/outbound", new OutboundRequest(CallerNumber, null));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var started = (await first.Content.ReadFromJsonAsync<OutboundCallStarted>())!;
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-vi"))!.CallSid != started.CallId, "the first call ended");
        var callsBefore = center.Twilio.Calls.All.Count;

        var second = await counselor.Http.PostAsJsonAsync("/api/softphone/outbound", new OutboundRequest(CallerNumber, null));

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("1 calls this hour"));
        Assert.That(center.Twilio.Calls.All, Has.Count.EqualTo(callsBefore), "nothing rang");
        Assert.That(await counselor.StateAsync(), Is.EqualTo(CounselorState.Available));
    }

    [TestCase("busy")]
    [TestCase("no-answer")]
    public async Task OutboundCall_NumberBusyOrNotAnswered_FreesTheCounselorAtOnce_AndTheTaskStaysOpen(string how)
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var task = await AddMessageAsync(center);
        var counselor = await Softphone.SignInAsync(center, "c-vi", "vi");
        center.Twilio.Parties.Register(CallerNumber, how == "busy" ? CalledParty.Busy() : CalledParty.NeverAnswers());

        var response = await counselor.Http.PostAsync($"/api/counselor/followups/{task.Id}/call-back", null);
        var started = (await response.Content.ReadFromJsonAsync<OutboundCallStarted>())!;
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-vi"))!.CallSid != started.CallId, "the call ended");

        Assert.That(await counselor.StateAsync(), Is.EqualTo(CounselorState.Available), "no wrap-up after a call nobody answered");
        Assert.That(center.Twilio.Calls.All.Single(call => call.To == CallerNumber).Status, Is.EqualTo(how));
        Assert.That((await center.Server.FindAsync(task.Id))!.State, Is.EqualTo(FollowUpStates.Open));
        CallRecord? record = null;
        await center.EventuallyAsync(async () => (record = await RecordAsync(center, started.CallId)) is { Outcome: CallOutcome.NotReached },
            "the record says nobody was reached");
        Assert.That((record!.Direction, record.FollowUpId, record.TalkSeconds), Is.EqualTo((CallDirections.Outbound, (Guid?)task.Id, (double?)null)));
        var failed = (await EventsAsync(center, started.CallId)).Single(e => e.Type == CallEventTypes.OutboundFailed);
        Assert.That(failed.Fields["reason"], Is.EqualTo(how));
        await center.EventuallyAsync(() => Task.FromResult(counselor.LatestLeg().IsEnded), "the counselor's leg was ended");
    }

    private static async Task<FollowUpTask> AddMessageAsync(SimulatedCenter center) =>
        await center.Server.AddAsync("vi", TimeProvider.System.GetUtcNow().AddMinutes(-5),
            callerProtected: center.Server.Services.GetRequiredService<CallerNumbers>().Protect(CallerNumber));

    private static async Task<CallRecord?> RecordAsync(SimulatedCenter center, string callId)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().Calls.AsNoTracking().SingleOrDefaultAsync(call => call.CallSid == callId);
    }

    private static async Task<List<string>> StoredTypesAsync(SimulatedCenter center, string callId)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().CallEvents.AsNoTracking()
            .Where(row => row.CallSid == callId).Select(row => row.Type).ToListAsync();
    }

    private static async Task<List<CallEvent>> EventsAsync(SimulatedCenter center, string callSid) =>
        [.. (await center.Server.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().StreamRangeAsync(center.Engine.Keys.ContactCenter.Events))
            .Select(CallEventStream.FromEntry).Where(e => e.CallSid == callSid)];
}
