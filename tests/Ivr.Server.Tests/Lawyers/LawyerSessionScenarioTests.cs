using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Lawyers;
using Ivr.Server.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Lawyers.LawyerSessionScene;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>
/// Lawyer sessions run end to end with the phone simulator as Twilio. A Vietnamese caller's session with Kim (who
/// needs an interpreter for Vietnamese) on Tuesday 14:00 in Seoul: at 13:46 a Vietnamese counselor is held through the
/// ACD; at 14:00 their softphone rings, then Kim's phone, then the caller's, all in one conference. Kim not answering
/// is called again, then the session is a no-show and the caller is asked by SMS to book again; the counselor held
/// but on another call at 14:00 is replaced by the next Vietnamese counselor.
/// </summary>
public sealed class LawyerSessionScenarioTests
{
    [Test]
    public async Task Session_AtItsTime_HeldInterpreterThenLawyerThenCaller_InOneConference_CompletedWhenTheInterpreterHangsUpFromTheSoftphone()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var counselor = await EndToEnd.Softphone.SignInAsync(center, "c-vi", "vi");
        var id = await BookWithPhonesAsync(center, CalledParty.Answers());

        await MoveToAsync(center, TuesdayTwo.AddMinutes(-14));
        Assert.That((await BookingAsync(center, id)).HeldCounselor, Is.EqualTo("c-vi"), "held through the ACD 15 minutes ahead");
        Assert.That(center.Twilio.Calls.All, Is.Empty, "nothing rings before the time");

        await MoveToAsync(center, TuesdayTwo.AddSeconds(1));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).CallerJoinedAt is not null, "the caller joined the session");

        var booking = await BookingAsync(center, id);
        Assert.That((booking.State, booking.InterpreterId, booking.LawyerAttempts, booking.CallerAttempts), Is.EqualTo((BookingStates.Running, "c-vi", 1, 1)));
        var conference = center.Twilio.Conferences.All.Single(c => c.FriendlyName == "ivr-" + LawyerSessions.ReservationId(id));
        Assert.That(conference.Participants.Select(p => p.CallSid), Is.EquivalentTo(new[] { booking.InterpreterCallSid, booking.LawyerCallSid, booking.CallerCallSid }),
            "interpreter, lawyer and caller in one conference");
        var lawyerCall = center.Twilio.Calls.All.Single(call => call.To == LawyerNumber);
        var callerCall = center.Twilio.Calls.All.Single(call => call.To == CallerNumber);
        Assert.That((lawyerCall.Sid, callerCall.Sid, lawyerCall.From, callerCall.From), Is.EqualTo((booking.LawyerCallSid, booking.CallerCallSid, CenterNumber, CenterNumber)));
        Assert.That(counselor.LatestLeg().DateCreated, Is.LessThan(lawyerCall.DateCreated), "the interpreter is rung first");
        Assert.That(lawyerCall.DateCreated, Is.LessThan(callerCall.DateCreated), "then the lawyer, then the caller");
        var status = (await center.Engine.GetCounselorAsync("c-vi"))!;
        Assert.That((status.State, status.CallSid), Is.EqualTo((CounselorState.OnCall, LawyerSessions.CallId(id))), "the ACD has the interpreter on the session");

        // What the softphone's API answers (its sign-in token has expired on the moved clock, so asked of the services).
        var view = await center.Server.Services.GetRequiredService<CurrentCalls>().GetViewAsync("c-vi");
        Assert.That(view?.ConnectedAt, Is.Not.Null, "the softphone shows the session as the counselor's call");
        Assert.That(view!.Participants.Select(party => (party.Id, party.Label, party.State, party.Number)), Is.EqualTo(new[]
        {
            (booking.LawyerCallSid, $"{LawyerDesk.Kim.Name} (변호사)", "connected", ""),
            (booking.CallerCallSid, "내담자 (vi)", "connected", ""),
        }), "the lawyer and the caller as its parties, never a number");
        // Kim hangs up first: the interpreter and the caller go on, Kim is gone from the softphone.
        center.Twilio.HangUp(lawyerCall);
        await center.EventuallyAsync(async () => (await center.Server.Services.GetRequiredService<CurrentCalls>().GetViewAsync("c-vi"))?.Participants
            .Select(party => party.Id).SequenceEqual([booking.CallerCallSid!]) == true, "only the caller is left on the softphone");
        Assert.That((await BookingAsync(center, id)).State, Is.EqualTo(BookingStates.Running));
        await using (var scope = center.Server.Services.CreateAsyncScope())
        {
            var hold = await scope.ServiceProvider.GetRequiredService<HoldOperations>().HoldAsync("c-vi", true, CancellationToken.None);
            Assert.That(hold.StatusCode, Is.EqualTo(409), "a session has no caller leg of the ACD's to hold");
            var hungUp = await scope.ServiceProvider.GetRequiredService<HangUpOperations>().HangUpAsync("c-vi", CancellationToken.None);
            Assert.That(hungUp.StatusCode, Is.EqualTo(200));
        }
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).State == BookingStates.Completed, "the session is completed");
        Assert.That((await BookingAsync(center, id)).SessionEndedAt, Is.Not.Null);
        await counselor.WaitForStateAsync(CounselorState.WrapUp);
    }

    [Test]
    public async Task Session_LawyerDoesNotAnswer_IsCalledAgain_ThenNoShow_InterpreterFreed_CallerAskedToBookAgain()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var counselor = await EndToEnd.Softphone.SignInAsync(center, "c-vi", "vi");
        var id = await BookWithPhonesAsync(center, CalledParty.NeverAnswers());

        await MoveToAsync(center, TuesdayTwo.AddMinutes(-14));
        await MoveToAsync(center, TuesdayTwo.AddSeconds(1));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).State == BookingStates.NoShowLawyer, "the lawyer is a no-show");

        var booking = await BookingAsync(center, id);
        Assert.That((booking.LawyerAttempts, booking.CallerAttempts, booking.InterpreterId), Is.EqualTo((2, 0, "c-vi")), "one call and one retry; the caller never rung");
        var lawyerCalls = center.Twilio.Calls.All.Where(call => call.To == LawyerNumber).ToList();
        Assert.That(lawyerCalls.Select(call => call.Status), Is.EqualTo(new[] { "no-answer", "no-answer" }));
        Assert.That(center.Twilio.Calls.All.Where(call => call.To == CallerNumber), Is.Empty);
        await counselor.WaitForStateAsync(CounselorState.Available);
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(CallerNumber).Count == 1), "the caller is asked to book again");
        Assert.That(center.Twilio.Messages.Inbox(CallerNumber)[0].Body,
            Is.EqualTo(LawyerTexts.For("vi", LawyerTexts.Kind.Rescheduling, new DateTimeOffset(2026, 12, 1, 14, 0, 0, TimeSpan.FromHours(9)))));
        await center.EventuallyAsync(() => Task.FromResult(counselor.LatestLeg().IsEnded), "the interpreter's leg was ended");
    }

    [Test]
    public async Task Session_HeldCounselorOnAnotherCallAtTheTime_TheNextVietnameseCounselorInterprets()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var held = await EndToEnd.Softphone.SignInAsync(center, "c-vi-1", "vi");
        var next = await EndToEnd.Softphone.SignInAsync(center, "c-vi-2", "vi");
        var id = await BookWithPhonesAsync(center, CalledParty.Answers());

        await MoveToAsync(center, TuesdayTwo.AddMinutes(-14));
        Assert.That((await BookingAsync(center, id)).HeldCounselor, Is.EqualTo("c-vi-1"));
        // At 13:58 the held counselor places a call of their own, and is still on it at 14:00.
        var otherCall = AcdEngine.NewOutboundId();
        var other = await center.Engine.StartOutboundAsync(otherCall, "c-vi-1", "vi", "+821099990000");
        Assert.That(other.Outcome, Is.EqualTo(OutboundOutcome.Started));

        await MoveToAsync(center, TuesdayTwo.AddSeconds(1));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).CallerJoinedAt is not null, "the caller joined the session");

        var booking = await BookingAsync(center, id);
        Assert.That(booking.InterpreterId, Is.EqualTo("c-vi-2"));
        Assert.That(booking.InterpreterCallSid, Is.EqualTo(next.LatestLeg().Sid));
        var conference = center.Twilio.Conferences.All.Single(c => c.FriendlyName == "ivr-" + LawyerSessions.ReservationId(id));
        Assert.That(conference.Participants.Select(p => p.CallSid), Is.EquivalentTo(new[] { booking.InterpreterCallSid, booking.LawyerCallSid, booking.CallerCallSid }));
        Assert.That(center.Twilio.Calls.All.Where(call => call.To == "client:" + held.Id), Is.Empty, "the busy counselor was not rung");
        Assert.That((await center.Engine.GetCounselorAsync("c-vi-1"))!.CallSid, Is.EqualTo(otherCall), "still on their own call");
    }

    [Test]
    public async Task Session_HeldCounselorLetsTheRingPass_TheNextVietnameseCounselorIsRung()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var held = await EndToEnd.Softphone.SignInAsync(center, "c-vi-1", "vi", CalledParty.NeverAnswers());
        await EndToEnd.Softphone.SignInAsync(center, "c-vi-2", "vi");
        var id = await BookWithPhonesAsync(center, CalledParty.Answers());

        await MoveToAsync(center, TuesdayTwo.AddMinutes(-14));
        await MoveToAsync(center, TuesdayTwo.AddSeconds(1));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).CallerJoinedAt is not null, "the caller joined the session");

        var booking = await BookingAsync(center, id);
        Assert.That((booking.HeldCounselor, booking.InterpreterId, booking.DeclinedBy), Is.EqualTo(("c-vi-1", "c-vi-2", new List<string> { "c-vi-1" })));
        Assert.That(held.LatestLeg().Status, Is.EqualTo("no-answer"));
        Assert.That(await held.StateAsync(), Is.EqualTo(CounselorState.Available), "free again at once");
    }

    [Test]
    public async Task Session_NoVietnameseCounselorAvailable_NoInterpreter_CallerAskedToBookAgain_NothingRings()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        await EndToEnd.Softphone.SignInAsync(center, "c-vi", "vi");
        var id = await BookWithPhonesAsync(center, CalledParty.Answers());
        await MoveToAsync(center, TuesdayTwo.AddMinutes(-14));
        Assert.That((await center.Engine.StartOutboundAsync(AcdEngine.NewOutboundId(), "c-vi", "vi", "+821099990000")).Outcome, Is.EqualTo(OutboundOutcome.Started));

        await MoveToAsync(center, TuesdayTwo.AddSeconds(1));

        var booking = await BookingAsync(center, id);
        Assert.That((booking.State, booking.InterpreterId, booking.SessionEndedAt is not null), Is.EqualTo((BookingStates.NoInterpreter, (string?)null, true)));
        Assert.That(center.Twilio.Calls.All, Is.Empty, "neither the lawyer nor the caller is called");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(CallerNumber).Count == 1), "the caller is asked to book again");
        Assert.That(center.Twilio.Messages.Inbox(CallerNumber)[0].Body, Does.StartWith("[1345] Buổi tư vấn luật sư lúc 2026-12-01 14:00 không thể diễn ra"));
    }

    [Test]
    public async Task Session_InTheLawyersOwnLanguage_NoInterpreter_LawyerThenCaller_CompletedWhenTheCallerHangsUp()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var counselor = await EndToEnd.Softphone.SignInAsync(center, "c-en", "en");
        var id = await BookWithPhonesAsync(center, CalledParty.Answers(), "en");

        await MoveToAsync(center, TuesdayTwo.AddMinutes(-14));
        Assert.That((await BookingAsync(center, id)).HeldCounselor, Is.Null, "Kim speaks English: nobody is held");
        await MoveToAsync(center, TuesdayTwo.AddSeconds(1));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).CallerJoinedAt is not null, "the caller joined the lawyer");

        var booking = await BookingAsync(center, id);
        var conference = center.Twilio.Conferences.All.Single(c => c.FriendlyName == "ivr-" + LawyerSessions.ReservationId(id));
        Assert.That(conference.Participants.Select(p => p.CallSid), Is.EquivalentTo(new[] { booking.LawyerCallSid, booking.CallerCallSid }));
        Assert.That(booking.InterpreterId, Is.Null);
        Assert.That(center.Twilio.Calls.All.Where(call => call.To == "client:" + counselor.Id), Is.Empty);

        center.Twilio.HangUp(center.Twilio.Calls.All.Single(call => call.Sid == booking.CallerCallSid));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).State == BookingStates.Completed, "the session is completed");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Calls.All.Single(call => call.Sid == booking.LawyerCallSid).IsEnded), "the lawyer's call was ended");
    }

    [Test]
    public async Task Cancel_ReleasesTheHold_AndNothingRingsAtTheTime()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var counselor = await EndToEnd.Softphone.SignInAsync(center, "c-vi", "vi");
        var lawyer = await center.Server.CreateLawyerAsync(LawyerDesk.Kim);
        var id = await BookAsync(center, lawyer);
        await MoveToAsync(center, TuesdayTwo.AddMinutes(-14));
        var heldBy = (await BookingAsync(center, id)).HeldCounselor;
        Assert.That(heldBy, Is.Not.Null);

        // As the booking API does (its sign-in token has expired on the moved clock).
        BookingResult cancelled;
        await using (var scope = center.Server.Services.CreateAsyncScope())
        {
            cancelled = await scope.ServiceProvider.GetRequiredService<LawyerBookings>().CancelAsync(id, counselor.Id, new HashSet<string> { "vi" }, CancellationToken.None);
        }

        Assert.That(cancelled.Outcome, Is.EqualTo(BookingOutcome.Done));
        Assert.That((await BookingAsync(center, id)).HeldCounselor, Is.Null, "the hold went with the session");
        var held = await center.Engine.HoldAsync(heldBy!, "another-session", TuesdayTwo, TuesdayTwo.AddHours(1));
        Assert.That(held.Outcome, Is.EqualTo(ScheduleOutcome.Done), "the counselor is free to be held for another session at that time");
        await MoveToAsync(center, TuesdayTwo.AddSeconds(1));
        Assert.That((await BookingAsync(center, id)).State, Is.EqualTo(BookingStates.Cancelled));
    }
}
