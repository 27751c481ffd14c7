using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Counselors;
using Ivr.Server.FollowUps;
using Ivr.Server.Softphone;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StackExchange.Redis;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// Callbacks end to end with the phone simulator as Twilio: a caller on hold presses 2, confirms their number with 1 and
/// hangs up; the callback keeps their place; a counselor is rung first, then the caller is dialled from the center's
/// number and must press 1; without a key the dial is tried again and the callback ends failed.
/// </summary>
public sealed class CallbackScenarioTests
{
    private const string CenterNumber = "+8221234567";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Callbacks:OfferAbove"] = "00:00:00", // offered whatever the wait, so one caller suffices
        ["Callbacks:KeySeconds"] = "3",
        ["CallControl:CenterNumber"] = CenterNumber,
        ["Acd:CallbackRetryInterval"] = "00:00:01",
        ["Acd:CallbackMaxAttempts"] = "2",
    };

    [Test]
    public async Task Callback_ThirdOfFiveCallers_IsServedThirdAgainstTheWaitingCallers()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        center.Twilio.Parties.Register("client:c-vi", new ScriptedParty([]));
        var callers = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            var from = $"+82105555000{i}";
            if (i == 3)
            {
                var asking = center.Twilio.PlaceIncomingCall(from, new ScriptedParty(["4*", "2", "1"], bargeIn: true));
                await center.EventuallyAsync(async () => asking.IsEnded && await center.Engine.GetCallbackAsync(AcdEngine.CallbackIdFor(asking.Sid)) is not null,
                    "the third caller booked a callback and hung up");
                center.Twilio.Parties.Register(from, new ScriptedParty(["1"]));
                callers.Add(AcdEngine.CallbackIdFor(asking.Sid));
                continue;
            }
            callers.Add(center.Twilio.PlaceIncomingCall(from, new ScriptedParty(["4*"])).Sid);
            var waiting = callers.Count(id => !AcdEngine.IsCallbackId(id));
            await center.EventuallyAsync(async () => (await center.Engine.GetStatisticsAsync("vi")).Waiting == waiting, $"caller {i} is in line");
        }
        Assert.That((await center.Engine.GetStatisticsAsync("vi")).CallbacksWaiting, Is.EqualTo(1));

        await center.SignInCounselorAsync("c-vi", "vi");
        var served = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            served.Add(await TalkAndHangUpAsync(center, "c-vi", served));
        }

        Assert.That(served, Is.EqualTo(callers), "1, 2, the callback, 4, 5");
    }

    [Test]
    public async Task Callback_CounselorFirst_ThenTheCallerPressesOneAndTheyTalk()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var caller = await BookAsync(center, "+821055550003", new ScriptedParty(["1"]));
        var callbackId = AcdEngine.CallbackIdFor(caller.Sid);
        center.Twilio.Parties.Register("client:c-vi", new ScriptedParty([]));

        await center.SignInCounselorAsync("c-vi", "vi");

        await center.EventuallyAsync(async () => (await center.Engine.GetCallbackAsync(callbackId))?.State == CallbackState.Connected, "the caller pressed 1");
        var counselorLeg = center.Twilio.Calls.All.Single(call => call.To == "client:c-vi");
        var dialled = center.Twilio.Calls.All.Single(call => call.To == "+821055550003" && call.Direction != caller.Direction);
        Assert.That(counselorLeg.DateCreated, Is.LessThan(dialled.DateCreated), "the counselor is rung before the caller is dialled");
        Assert.That(dialled.From, Is.EqualTo(CenterNumber));
        Assert.That((await center.Engine.GetCallbackAsync(callbackId))!.DialledCallSid, Is.EqualTo(dialled.Sid));
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Conferences.All.Any(conference => conference.Participants.Count == 2)), "counselor and caller share a conference");
        var screen = await center.Server.Services.GetRequiredService<SoftphoneStateReader>().ReadAsync("c-vi", CancellationToken.None);
        Assert.That(screen!.Call!.Callback, Is.EqualTo(new SoftphoneCallback("0003", caller.Sid, screen.Call.Callback!.RequestedAt, 1, 2)));
        Assert.That((screen.Call.CallSid, screen.Call.Language, screen.Call.Phase), Is.EqualTo((callbackId, "vi", "connected")));

        center.Twilio.HangUp(dialled);

        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-vi"))!.CallSid != callbackId, "the call ended and the counselor moved on");
        var types = await EventTypesAsync(center, callbackId);
        Assert.That(types, Is.SupersetOf(new[] { CallEventTypes.CallbackRequested, CallEventTypes.Reserved, CallEventTypes.CallbackDialling, CallEventTypes.CallbackConnected }));
        // The call records: the callback's row, linked to the call that asked, once its conversation ended.
        var record = await RecordAsync(center, callbackId, "talk_seconds IS NOT NULL");
        Assert.That(record, Is.EqualTo($"callback_completed|{caller.Sid}|1|c-vi|{dialled.Sid}|vi|t"));
        Assert.That(await RecordAsync(center, caller.Sid, "outcome <> 'in_progress'"), Does.StartWith("callback||"), "the caller left the line for a callback, not abandoned");
        Assert.That(center.Journal.Events.Where(e => e.Kind == "error"), Is.Empty);
    }

    [Test]
    public async Task Callback_NoKeyPressed_IsTriedAgainAfterTheIntervalAndFailsAfterTheLastAttempt()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var caller = await BookAsync(center, "+821055550004", new ScriptedParty([]));
        var callbackId = AcdEngine.CallbackIdFor(caller.Sid);
        center.Twilio.Parties.Register("client:c-vi", new ScriptedParty([]));

        await center.SignInCounselorAsync("c-vi", "vi");

        await center.EventuallyAsync(async () => (await center.Engine.GetStatisticsAsync("vi")).CallbacksFailedToday == 1, "the callback failed");
        Assert.That(await center.Engine.GetCallbackAsync(callbackId), Is.Null);
        var events = await EventsAsync(center, callbackId);
        var failures = events.Where(e => e.Type == CallEventTypes.CallbackAttemptFailed).ToList();
        Assert.That(failures.Select(e => (e.Fields["reason"], e.Fields["attempt"])), Is.EqualTo(new[] { ("no-key", "1"), ("no-key", "2") }));
        Assert.That(failures[1].At - failures[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)), "retried after the interval");
        Assert.That(events.Count(e => e.Type == CallEventTypes.CallbackFailed), Is.EqualTo(1));
        Assert.That(center.Twilio.Calls.All.Count(call => call.To == "+821055550004" && call.From == CenterNumber), Is.EqualTo(2));
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-vi"))!.State == CounselorState.Available, "the counselor is free, without wrap-up");
        Assert.That(await RecordAsync(center, callbackId, "outcome = 'callback_failed'"), Is.EqualTo($"callback_failed|{caller.Sid}|2|||vi|f"));
    }

    [Test]
    public async Task Callback_BusyThenAVoicemailBox_BothAreFailedAttemptsAndTheMachineNeverReachesTheCounselor()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var caller = await BookAsync(center, "+821055550005", CalledParty.Busy());
        var callbackId = AcdEngine.CallbackIdFor(caller.Sid);
        center.Twilio.Parties.Register("client:c-vi", new ScriptedParty([]));

        await center.SignInCounselorAsync("c-vi", "vi");
        await center.EventuallyAsync(async () => (await EventsAsync(center, callbackId)).Any(e => e.Type == CallEventTypes.CallbackAttemptFailed), "the busy line failed the first attempt");
        center.Twilio.Parties.Register("+821055550005", CalledParty.Voicemail());

        await center.EventuallyAsync(async () => (await center.Engine.GetStatisticsAsync("vi")).CallbacksFailedToday == 1, "the callback failed");
        var failures = (await EventsAsync(center, callbackId)).Where(e => e.Type == CallEventTypes.CallbackAttemptFailed).Select(e => (e.Fields["reason"], e.Fields["attempt"]));
        Assert.That(failures, Is.EqualTo(new[] { ("busy", "1"), ("no-answer", "2") }), "a voicemail box counts as not answered");
        var dialled = center.Twilio.Calls.All.Where(call => call.To == "+821055550005" && call.From == CenterNumber).OrderBy(call => call.DateCreated).ToList();
        Assert.That(dialled.Select(call => call.AnsweredBy), Is.EqualTo(new string?[] { null, "machine_start" }), "answering-machine detection ran on the second dial");
        Assert.That(center.Twilio.Conferences.All.Any(conference => conference.Participants.Count == 2), Is.False, "the machine was never bridged to the counselor");
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-vi"))!.State == CounselorState.Available, "the counselor is free");
    }

    [Test]
    public async Task Callback_EveryAttemptFails_BecomesOneCallbackTaskOfItsLanguage_WhoseCallBackDialsTheNumber()
    {
        const string number = "+821055550006";
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var caller = await BookAsync(center, number, CalledParty.Busy());
        var callbackId = AcdEngine.CallbackIdFor(caller.Sid);
        var korean = await Softphone.SignInAsync(center, "c-ko", "ko");
        var vietnamese = await Softphone.SignInAsync(center, "c-vi", "vi");

        await center.EventuallyAsync(async () => (await center.Engine.GetStatisticsAsync("vi")).CallbacksFailedToday == 1, "the callback failed");
        List<FollowUpView> listed = [];
        await center.EventuallyAsync(async () => (listed = (await vietnamese.Http.GetFromJsonAsync<List<FollowUpView>>("/api/counselor/followups"))!).Count > 0,
            "the failed callback is a task in the Vietnamese counselor's list");
        var task = listed.Single();
        Assert.That((task.Kind, task.Language, task.HasNumber, task.HasRecording), Is.EqualTo((FollowUpKinds.Callback, "vi", true, false)));
        Assert.That(task.Id, Is.EqualTo(CallbackTasks.TaskIdOf(callbackId)));
        Assert.That(await korean.Http.GetFromJsonAsync<List<FollowUpView>>("/api/counselor/followups"), Is.Empty, "a Korean counselor does not see it");

        // The same failure reported again (another instance, a retried webhook) is the same task.
        await using (var scope = center.Server.Services.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<CallbackTasks>().AcceptAsync(new FailedCallback(callbackId, caller.Sid, "vi", number, 2), CancellationToken.None);
            Assert.That(again!.Id, Is.EqualTo(task.Id));
            var stored = await scope.ServiceProvider.GetRequiredService<FollowUpsDbContext>().Tasks.AsNoTracking().Where(row => row.CallSid == callbackId).ToListAsync();
            Assert.That(stored.Select(row => row.Kind), Is.EqualTo(new[] { FollowUpKinds.Callback }));
            Assert.That(stored[0].CallerProtected, Is.Not.EqualTo(number).And.Not.Null, "the number is kept only protected");
        }

        await vietnamese.WaitForStateAsync(CounselorState.Available);
        center.Twilio.Parties.Register(number, CalledParty.Answers());
        var response = await vietnamese.Http.PostAsync($"/api/counselor/followups/{task.Id}/call-back", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await center.EventuallyAsync(async () => await vietnamese.CallAsync() is { ConnectedAt: not null } &&
            center.Twilio.Conferences.All.Any(conference => conference.Participants.Count == 2), "the number answered the counselor's call back");
        Assert.That(center.Twilio.Calls.All.Count(call => call.To == number && call.From == CenterNumber), Is.EqualTo(3), "two callback dials, then the counselor's");
    }

    /// <summary>A Vietnamese caller on hold presses 2 and confirms their number with 1; <paramref name="answering"/> answers the callback.</summary>
    private static async Task<SimCall> BookAsync(SimulatedCenter center, string from, IParty answering)
    {
        var caller = center.Twilio.PlaceIncomingCall(from, new ScriptedParty(["4*", "2", "1"], bargeIn: true));
        await center.EventuallyAsync(async () => caller.IsEnded && await center.Engine.GetCallbackAsync(AcdEngine.CallbackIdFor(caller.Sid)) is not null,
            "the caller booked a callback and hung up");
        center.Twilio.Parties.Register(from, answering);
        return caller;
    }

    /// <summary>Waits until the counselor talks to the next caller, hangs up their leg, and returns whom they talked to.</summary>
    private static async Task<string> TalkAndHangUpAsync(SimulatedCenter center, string counselorId, IReadOnlyList<string> before)
    {
        string? callSid = null;
        await center.EventuallyAsync(async () =>
        {
            var counselor = await center.Engine.GetCounselorAsync(counselorId);
            callSid = counselor is { State: CounselorState.OnCall, CallSid: { } sid } && !before.Contains(sid) ? sid : null;
            return callSid is not null && await center.Engine.GetCallAsync(callSid) is { State: CallerState.Connected } &&
                   center.Twilio.Conferences.All.Any(conference => conference.Participants.Count == 2);
        }, $"{counselorId} talks to caller {before.Count + 1}");
        var leg = center.Twilio.Calls.All.Where(call => call.To == "client:" + counselorId).MaxBy(call => call.DateCreated)!;
        center.Twilio.HangUp(leg);
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync(counselorId))!.State == CounselorState.WrapUp, $"{counselorId} wraps up caller {before.Count + 1}");
        // As the softphone's "ready" does: the reservations it makes are dispatched.
        await center.Server.Services.GetRequiredService<CounselorActions>().SetPresenceAsync(counselorId, new PresenceRequest("available", null), CancellationToken.None);
        return callSid!;
    }

    private static async Task<List<CallEvent>> EventsAsync(SimulatedCenter center, string callSid) =>
        [.. (await center.Server.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().StreamRangeAsync(center.Engine.Keys.ContactCenter.Events))
            .Select(CallEventStream.FromEntry).Where(e => e.CallSid == callSid)];

    /// <summary>
    /// The call record of <paramref name="callSid"/> once the records writer wrote it so that <paramref name="condition"/>
    /// holds: outcome, callback_of, callback_attempts, counselor, callback_dialled, language, whether it has a time to callback.
    /// </summary>
    private static async Task<string> RecordAsync(SimulatedCenter center, string callSid, string condition)
    {
        string? row = null;
        await center.EventuallyAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(center.Server.PostgresConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"""
                SELECT concat_ws('|', outcome, coalesce(callback_of, ''), coalesce(callback_attempts::text, ''), coalesce(counselor, ''),
                       coalesce(callback_dialled, ''), language, coalesce(time_to_callback_seconds > 0, false))
                FROM records.calls WHERE call_sid = $1 AND {condition}
                """, connection) { Parameters = { new() { Value = callSid } } };
            row = (string?)await command.ExecuteScalarAsync();
            return row is not null;
        }, $"the record of {callSid} is written");
        return row!;
    }

    private static async Task<List<string>> EventTypesAsync(SimulatedCenter center, string callSid) =>
        [.. (await EventsAsync(center, callSid)).Select(e => e.Type)];
}
