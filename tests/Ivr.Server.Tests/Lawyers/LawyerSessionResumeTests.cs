using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Lawyers;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Lawyers.LawyerSessionScene;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>
/// Faults tested like features: no lawyer session is stranded. The server down through the whole slot: the session is
/// missed and the caller asked once to book again, however many passes (instances) look. An instance killed after
/// claiming a session and before placing its next call (written here as that instance left the row): after
/// <c>Lawyers:StallAfter</c> another resumes it; past its slot it is missed and the counselor the dead instance took
/// On call is available again.
/// </summary>
public sealed class LawyerSessionResumeTests
{
    [Test]
    public async Task BookedSession_ServerDownThroughItsSlot_Missed_CallerAskedOnceToBookAgain_EvenWithTwoPasses()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        await EndToEnd.Softphone.SignInAsync(center, "c-vi", "vi");
        var id = await BookWithPhonesAsync(center, CalledParty.Answers());

        // Nothing ran between Monday and Tuesday 15:01; then two instances pass at once.
        var clock = (ShiftedTimeProvider)center.Server.Services.GetRequiredService<TimeProvider>();
        clock.Advance(TuesdayTwo.AddHours(1).AddMinutes(1) - clock.GetUtcNow());
        var runner = center.Server.Services.GetRequiredService<SessionRunnerJob>();
        await Task.WhenAll(runner.PassAsync(CancellationToken.None), runner.PassAsync(CancellationToken.None));
        await center.Server.Services.GetRequiredService<BookingTexts>().SendDueAsync(CancellationToken.None);

        var booking = await BookingAsync(center, id);
        Assert.That((booking.State, booking.ReschedulingSentAt is not null, booking.SessionStartedAt), Is.EqualTo((BookingStates.Missed, true, (DateTimeOffset?)null)));
        Assert.That(center.Twilio.Calls.All, Is.Empty, "nothing rings after the slot");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(CallerNumber).Count >= 1), "the caller is asked to book again");
        Assert.That(center.Twilio.Messages.All.Where(message => message.To == CallerNumber).Select(message => message.Body),
            Is.EqualTo(new[] { LawyerTexts.For("vi", LawyerTexts.Kind.Rescheduling, new DateTimeOffset(2026, 12, 1, 14, 0, 0, TimeSpan.FromHours(9))) }), "one SMS");
    }

    [Test]
    public async Task RunningSession_InstanceDiedBeforeRingingTheInterpreter_ResumedAfterTheGrace_InterpreterLawyerAndCallerInOneConference()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        await EndToEnd.Softphone.SignInAsync(center, "c-vi", "vi");
        var id = await BookWithPhonesAsync(center, CalledParty.Answers());
        // The dead instance claimed the session at 14:00 and rang nobody.
        await LeaveAsync(center, id, TuesdayTwo, _ => { });

        await MoveToAsync(center, TuesdayTwo.AddMinutes(1));
        Assert.That(center.Twilio.Calls.All, Is.Empty, "within the grace nothing is taken over");
        await MoveToAsync(center, TuesdayTwo.AddMinutes(3));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).CallerJoinedAt is not null, "the caller joined the resumed session");

        var booking = await BookingAsync(center, id);
        Assert.That((booking.State, booking.InterpreterId, booking.LawyerAttempts, booking.CallerAttempts), Is.EqualTo((BookingStates.Running, "c-vi", 1, 1)));
        var conference = center.Twilio.Conferences.All.Single(c => c.FriendlyName == "ivr-" + LawyerSessions.ReservationId(id));
        Assert.That(conference.Participants.Select(p => p.CallSid), Is.EquivalentTo(new[] { booking.InterpreterCallSid, booking.LawyerCallSid, booking.CallerCallSid }));
    }

    [Test]
    public async Task RunningSession_InstanceDiedBetweenClaimingTheLawyersCallAndPlacingIt_ResumedAsThatAttempt()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var id = await BookWithPhonesAsync(center, CalledParty.Answers(), "en");
        // A direct session (Kim speaks English): the dead instance claimed the lawyer's first call and never placed it.
        await LeaveAsync(center, id, TuesdayTwo, row => row.LawyerAttempts = 1);

        await MoveToAsync(center, TuesdayTwo.AddMinutes(3));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).CallerJoinedAt is not null, "the caller joined the lawyer");

        var booking = await BookingAsync(center, id);
        Assert.That((booking.LawyerAttempts, booking.CallerAttempts), Is.EqualTo((1, 1)), "the call never placed is not counted as a try");
        Assert.That(center.Twilio.Calls.All.Count(call => call.To == LawyerNumber), Is.EqualTo(1));
    }

    [Test]
    public async Task RunningSession_InstanceDiedWithTheCounselorOnCall_ResumedPastItsSlot_Missed_CounselorAvailableAgain_CallerAskedToBookAgain()
    {
        await using var center = await SimulatedCenter.StartAsync(Settings);
        var counselor = await EndToEnd.Softphone.SignInAsync(center, "c-vi", "vi");
        var id = await BookWithPhonesAsync(center, CalledParty.Answers());
        // The dead instance took c-vi On call for the session and named them, then died before ringing their softphone.
        var started = await center.Engine.StartOutboundAsync(LawyerSessions.CallId(id), "c-vi", "vi", CallerNumber);
        Assert.That(started.Outcome, Is.EqualTo(OutboundOutcome.Started));
        await LeaveAsync(center, id, TuesdayTwo, row => row.InterpreterId = "c-vi");

        await MoveToAsync(center, TuesdayTwo.AddHours(1).AddMinutes(1));

        var booking = await BookingAsync(center, id);
        Assert.That((booking.State, booking.SessionEndedAt is not null), Is.EqualTo((BookingStates.Missed, true)));
        await counselor.WaitForStateAsync(CounselorState.Available);
        Assert.That(center.Twilio.Calls.All, Is.Empty, "nothing rings after the slot");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(CallerNumber).Count == 1), "the caller is asked to book again");
    }

    /// <summary>Writes the row as an instance killed after claiming the session at <paramref name="at"/> left it.</summary>
    private static async Task LeaveAsync(SimulatedCenter center, Guid id, DateTimeOffset at, Action<LawyerBooking> change)
    {
        await using var scope = center.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var booking = await db.Bookings.SingleAsync(row => row.Id == id);
        booking.State = BookingStates.Running;
        booking.SessionStartedAt = at;
        booking.StepAt = at;
        change(booking);
        await db.SaveChangesAsync();
    }
}
