using System.Net.Http.Json;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Counselors;
using Ivr.Server.Softphone;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ivr.Server.Tests.EndToEnd;

/// <summary>
/// A call from dialing to wrap-up with the phone simulator as Twilio: the caller picks Chinese (3*) and asks for a
/// counselor (0); the ACD reserves the Chinese-speaking counselor; the server rings their softphone into the
/// reservation's conference; on answer the caller is brought in; the counselor hangs up and wraps up.
/// </summary>
public sealed class ConnectedCallTests
{
    [Test]
    public async Task Call_ChineseCallerToChineseCounselor_IsAnsweredTalkedAndWrappedUp()
    {
        await using var center = await SimulatedCenter.StartAsync();
        await center.SignInCounselorAsync("c-zh", "zh");
        await center.SignInCounselorAsync("c-vi", "vi");
        center.Twilio.Parties.Register("client:c-zh", new ScriptedParty([]));
        center.Twilio.Parties.Register("client:c-vi", new ScriptedParty([]));

        var caller = center.Twilio.PlaceIncomingCall("+821012345678", new ScriptedParty(["3*", "0"], bargeIn: true));

        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-zh"))!.State == CounselorState.OnCall, "the Chinese counselor is on the call");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Conferences.All.Any(conference => conference.Participants.Count == 2)), "caller and counselor share a conference");
        Assert.That((await center.Engine.GetCounselorAsync("c-vi"))!.State, Is.EqualTo(CounselorState.Available), "language mismatch never matches");
        var onCall = await SoftphoneAsync(center, "c-zh");
        Assert.That((onCall.Presence, onCall.Call?.Phase, onCall.Call?.CallSid, onCall.Call?.Language), Is.EqualTo(("oncall", "connected", caller.Sid, "zh")),
            "the softphone shows the connected Chinese caller");
        Assert.That(onCall.Call!.MenuPath, Is.Not.Empty);

        var counselorLeg = center.Twilio.Calls.All.Single(call => call.To == "client:c-zh");
        center.Twilio.HangUp(counselorLeg);

        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-zh"))!.State == CounselorState.WrapUp, "the counselor is in wrap-up");
        await center.EventuallyAsync(() => Task.FromResult(caller.IsEnded), "the caller's call ended with the conference");
        var wrappingUp = await SoftphoneAsync(center, "c-zh");
        Assert.That((wrappingUp.Presence, wrappingUp.WrapUpCallSid), Is.EqualTo(("wrapup", caller.Sid)), "the softphone offers the wrap-up form for this call");
        Assert.That(wrappingUp.WrapUpDeadline, Is.Not.Null);
        var actions = center.Server.Services.GetRequiredService<CounselorActions>();
        await actions.CompleteWrapUpAsync("c-zh", new WrapUpRequest(caller.Sid, "F-4", "visa-extension", null), CancellationToken.None);

        Assert.That((await center.Engine.GetCounselorAsync("c-zh"))!.State, Is.EqualTo(CounselorState.Available));
        Assert.That(await SoftphoneAsync(center, "c-zh"), Has.Property(nameof(SoftphoneState.Presence)).EqualTo("available").And.Property(nameof(SoftphoneState.Call)).Null);
        var events = (await center.Server.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase()
            .StreamRangeAsync(center.Engine.Keys.ContactCenter.Events)).Select(CallEventStream.FromEntry).Where(e => e.CallSid == caller.Sid).Select(e => e.Type).ToList();
        Assert.That(events, Is.SupersetOf(new[]
        {
            CallEventTypes.CallArrived, CallEventTypes.LanguageChosen, CallEventTypes.QueueJoined, CallEventTypes.Reserved,
            CallEventTypes.Answered, CallEventTypes.CallEnded, CallEventTypes.OutcomeRecorded,
        }));
        Assert.That(center.Journal.Events.Where(e => e.Kind == "error"), Is.Empty, "no application error reached the caller");

        // The server's own writer turns the events into the call record that reports read.
        CallRecord? record = null;
        await center.EventuallyAsync(async () =>
        {
            await using var scope = center.Server.Services.CreateAsyncScope();
            record = await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().Calls.AsNoTracking()
                .SingleOrDefaultAsync(call => call.CallSid == caller.Sid && call.ResidencyStatus != null);
            return record is not null;
        }, "the call record is written");
        Assert.That(record!.Language, Is.EqualTo("zh"));
        Assert.That(record.Counselor, Is.EqualTo("c-zh"));
        Assert.That(record.Outcome, Is.EqualTo(CallOutcome.Answered));
        Assert.That(record.ResidencyStatus, Is.EqualTo("F-4"));
        Assert.That(record.Topic, Is.EqualTo("visa-extension"));
        Assert.That(record.MenuPath, Is.Not.Null.And.Not.Empty);

        // Occupancy has the counselor's idle time before the call, from the ACD's counselor.idle event.
        await center.EventuallyAsync(async () =>
        {
            await using var scope = center.Server.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().CounselorDaily.AsNoTracking()
                .AnyAsync(day => day.Counselor == "c-zh" && day.IdleSeconds > 0 && day.Handled == 1);
        }, "the counselor's day has idle time and one handled call");

    }

    /// <summary>What the counselor's softphone page is given (GET /api/counselor/state reads the same).</summary>
    private static async Task<SoftphoneState> SoftphoneAsync(SimulatedCenter center, string counselorId) =>
        (await center.Server.Services.GetRequiredService<SoftphoneStateReader>().ReadAsync(counselorId, CancellationToken.None))!;
}
