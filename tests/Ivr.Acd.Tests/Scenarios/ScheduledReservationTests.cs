using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

/// <summary>
/// Scheduled reservations (a lawyer session a counselor interprets at 14:00): the counselor is not offered a caller
/// whose expected handling (the language's average handling time; Vietnamese starts at 4 minutes) would run into the
/// session; released when the session is cancelled; never held twice at once; the invariants hold throughout.
/// </summary>
public sealed class ScheduledReservationTests
{
    [Test]
    public async Task Caller_WhoseHandlingWouldRunIntoTheSession_GoesToAnotherCounselor()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("held", ("vi", 5));
        bed.Advance(TimeSpan.FromSeconds(10));
        await bed.AddCounselorAsync("free", ("vi", 5));
        var session = bed.Time.GetUtcNow().AddMinutes(3); // sooner than a Vietnamese call's 4 minutes
        var held = await bed.Engine.HoldAsync("held", "session-1", session, session.AddHours(1));

        var joined = await bed.JoinAsync("CA1", "vi");

        Assert.That(held.Outcome, Is.EqualTo(ScheduleOutcome.Done));
        Assert.That(joined.Matches.Single().CounselorId, Is.EqualTo("free"), "the longest idle is held: passed over, not dropped");
        Assert.That((await bed.Engine.GetCounselorAsync("held"))!.State, Is.EqualTo(CounselorState.Available));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Caller_WhoseHandlingEndsBeforeTheSession_IsOffered()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("held", ("vi", 5));
        var session = bed.Time.GetUtcNow().AddMinutes(30);
        await bed.Engine.HoldAsync("held", "session-1", session, session.AddHours(1));

        var joined = await bed.JoinAsync("CA1", "vi");

        Assert.That(joined.Matches.Single().CounselorId, Is.EqualTo("held"), "4 minutes of handling end long before 14:30");
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task OnlyCounselorHeld_CallerWaits_ThenIsMatchedWhenTheSessionIsCancelled()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("held", ("vi", 5));
        var session = bed.Time.GetUtcNow().AddMinutes(2);
        await bed.Engine.HoldAsync("held", "session-1", session, session.AddHours(1));

        var joined = await bed.JoinAsync("CA1", "vi");
        var swept = await bed.Engine.SweepAsync();
        var waiting = await bed.Engine.GetCallerStatusAsync("CA1");
        var released = await bed.Engine.ReleaseAsync("held", "session-1");
        var again = await bed.Engine.ReleaseAsync("held", "session-1");

        Assert.That(joined.Matches, Is.Empty);
        Assert.That(swept.Matches, Is.Empty);
        Assert.That(waiting!.State, Is.EqualTo(CallerState.Waiting));
        Assert.That(released.Outcome, Is.EqualTo(ScheduleOutcome.Done));
        Assert.That(released.Matches.Select(match => (match.CallSid, match.CounselorId)), Is.EqualTo(new[] { ("CA1", "held") }), "released: the waiting caller at once");
        Assert.That(again.Outcome, Is.EqualTo(ScheduleOutcome.Gone));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task SessionOver_TheCounselorIsOfferedAgain()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("held", ("vi", 5));
        var session = bed.Time.GetUtcNow().AddMinutes(1);
        await bed.Engine.HoldAsync("held", "session-1", session, session.AddMinutes(30));

        bed.Advance(TimeSpan.FromMinutes(32));
        var joined = await bed.JoinAsync("CA1", "vi");

        Assert.That(joined.Matches.Single().CounselorId, Is.EqualTo("held"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Hold_OverlappingAnotherOfTheCounselor_IsRefused_NeverHeldTwice()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("vi", 5));
        var two = bed.Time.GetUtcNow().AddHours(4);

        var first = await bed.Engine.HoldAsync("c1", "session-1", two, two.AddHours(1));
        var overlapping = await bed.Engine.HoldAsync("c1", "session-2", two.AddMinutes(30), two.AddMinutes(90));
        var after = await bed.Engine.HoldAsync("c1", "session-3", two.AddHours(1), two.AddHours(2));
        var moved = await bed.Engine.HoldAsync("c1", "session-1", two.AddHours(-1), two);
        var unknown = await bed.Engine.HoldAsync("nobody", "session-4", two, two.AddHours(1));

        Assert.That(new[] { first.Outcome, overlapping.Outcome, after.Outcome, moved.Outcome, unknown.Outcome },
            Is.EqualTo(new[] { ScheduleOutcome.Done, ScheduleOutcome.Busy, ScheduleOutcome.Done, ScheduleOutcome.Done, ScheduleOutcome.UnknownCounselor }));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Hold_ReplayedOperation_AnswersAsTheFirstTime()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("vi", 5));
        var two = bed.Time.GetUtcNow().AddHours(4);

        var first = await bed.Engine.HoldAsync("c1", "session-1", two, two.AddHours(1), operationId: "op-hold-1");
        var replay = await bed.Engine.HoldAsync("c1", "session-1", two, two.AddHours(1), operationId: "op-hold-1");
        var events = (await bed.EventsAsync()).Where(e => e.Type == Ivr.Acd.Events.CallEventTypes.CounselorScheduled).ToList();

        Assert.That((first.Outcome, replay.Outcome), Is.EqualTo((ScheduleOutcome.Done, ScheduleOutcome.Done)));
        Assert.That(events, Has.Count.EqualTo(1), "the replay changed nothing");
        Assert.That(events[0].Fields["action"], Is.EqualTo("hold"));
    }
}
