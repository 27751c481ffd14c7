using Ivr.PhoneSim.Parties;
using Ivr.Server.Lawyers;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Lawyers.LawyerSessionScene;

namespace Ivr.Server.Tests.Lawyers;

/// <summary>
/// A retry that comes due once the booked slot has ended calls nobody: Kim's English session (no interpreter) starts
/// at 14:59, a minute before its slot ends; the party not answering would be called again after the two-minute gap,
/// about 15:01. At 15:02 the session ends as that party's no-show, and the caller is asked once to book again, though two
/// passes (instances) claim the retry at once.
/// </summary>
public sealed class LawyerRetryPastSlotTests
{
    private static readonly Dictionary<string, string?> TwoMinuteGap = new(Settings) { ["Lawyers:RetryGap"] = "00:02:00" };
    private static readonly DateTimeOffset TwoInSeoul = new(2026, 12, 1, 14, 0, 0, TimeSpan.FromHours(9));

    [Test]
    public async Task LawyerNotAnswering_RetryDueAfterTheSlot_NotCalledAgain_NoShowLawyer_CallerAskedOnceToBookAgain()
    {
        await using var center = await SimulatedCenter.StartAsync(TwoMinuteGap);
        var id = await BookWithPhonesAsync(center, CalledParty.NeverAnswers(), "en");

        await MoveToAsync(center, TuesdayTwo.AddMinutes(59));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).RetryAt is not null, "the lawyer's first call went unanswered");
        await RaceAsync(center, TuesdayTwo.AddMinutes(62));

        var booking = await BookingAsync(center, id);
        Assert.That((booking.State, booking.LawyerAttempts, booking.CallerAttempts, booking.RetryAt), Is.EqualTo((BookingStates.NoShowLawyer, 1, 0, (DateTimeOffset?)null)));
        Assert.That(center.Twilio.Calls.All.Count(call => call.To == LawyerNumber), Is.EqualTo(1), "the lawyer is not called after the slot");
        Assert.That(center.Twilio.Calls.All.Where(call => call.To == CallerNumber), Is.Empty);
        await AskedOnceToBookAgainAsync(center);
    }

    [Test]
    public async Task CallerNotAnswering_RetryDueAfterTheSlot_NotCalledAgain_NoShowCaller_LawyerHungUp_CallerAskedOnceToBookAgain()
    {
        await using var center = await SimulatedCenter.StartAsync(TwoMinuteGap);
        center.Twilio.Parties.Register(LawyerNumber, CalledParty.Answers());
        center.Twilio.Parties.Register(CallerNumber, CalledParty.NeverAnswers());
        var id = await BookAsync(center, await center.Server.CreateLawyerAsync(LawyerDesk.Kim), "en");

        await MoveToAsync(center, TuesdayTwo.AddMinutes(59));
        await center.EventuallyAsync(async () => (await BookingAsync(center, id)).RetryAt is not null, "the caller's first call went unanswered");
        await RaceAsync(center, TuesdayTwo.AddMinutes(62));

        var booking = await BookingAsync(center, id);
        Assert.That((booking.State, booking.LawyerAttempts, booking.CallerAttempts), Is.EqualTo((BookingStates.NoShowCaller, 1, 1)));
        Assert.That(center.Twilio.Calls.All.Count(call => call.To == CallerNumber), Is.EqualTo(1), "the caller is not called after the slot");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Calls.All.Single(call => call.Sid == booking.LawyerCallSid).IsEnded), "the lawyer's call was ended");
        await AskedOnceToBookAgainAsync(center);
    }

    // Two instances' passes claim the due retry at once (the runner's own job runs every second too), then the SMS job's pass.
    private static async Task RaceAsync(SimulatedCenter center, DateTimeOffset at)
    {
        var clock = (ShiftedTimeProvider)center.Server.Services.GetRequiredService<TimeProvider>();
        clock.Advance(at - clock.GetUtcNow());
        var runner = center.Server.Services.GetRequiredService<SessionRunnerJob>();
        await Task.WhenAll(runner.PassAsync(CancellationToken.None), runner.PassAsync(CancellationToken.None));
        await center.Server.Services.GetRequiredService<BookingTexts>().SendDueAsync(CancellationToken.None);
    }

    private static async Task AskedOnceToBookAgainAsync(SimulatedCenter center)
    {
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(CallerNumber).Count >= 1), "the caller is asked to book again");
        await center.Server.Services.GetRequiredService<BookingTexts>().SendDueAsync(CancellationToken.None);
        Assert.That(center.Twilio.Messages.All.Where(message => message.To == CallerNumber).Select(message => message.Body),
            Is.EqualTo(new[] { LawyerTexts.For("en", LawyerTexts.Kind.Rescheduling, TwoInSeoul) }), "one SMS");
    }
}
