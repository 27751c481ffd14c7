using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios.Callbacks;

/// <summary>A callback keeps the caller's place: served before everyone who arrived after them, never stuck behind.</summary>
public sealed class CallbackPlaceTests
{
    [Test]
    public async Task RequestCallback_ThirdOfFive_IsServedAfterTheFirstTwoAndBeforeTheFourthAndFifth()
    {
        await using var bed = new AcdTestBed();
        for (var i = 1; i <= 5; i++)
        {
            await bed.JoinAsync($"CA{i}", "ko");
            bed.Advance(TimeSpan.FromSeconds(10));
        }

        var requested = await bed.AskCallbackAsync("CA3");

        Assert.That(requested.Outcome, Is.EqualTo(CallbackOutcome.Requested));
        Assert.That(requested.Status, Is.EqualTo(new CallbackStatus("cb-CA3", "CA3", CallbackSteps.Number, "ko", CallbackState.Waiting,
            bed.Time.GetUtcNow() - TimeSpan.FromSeconds(30), bed.Time.GetUtcNow(), 0, null, null)));
        Assert.That(await bed.Engine.GetCallerStatusAsync("CA3"), Is.Null, "the caller left the queue");
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA4"))!.Position, Is.EqualTo(4), "the callback still stands ahead of CA4");
        var served = new List<Match> { (await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single() };
        while (served.Count < 5)
        {
            served.Add((await bed.ServeAsync(served[^1]))!);
        }

        Assert.That(served.Select(match => match.CallSid), Is.EqualTo(new[] { "CA1", "CA2", "cb-CA3", "CA4", "CA5" }));
        Assert.That(served.Select(match => match.Kind), Is.EqualTo(new[] { MatchKind.Caller, MatchKind.Caller, MatchKind.Callback, MatchKind.Caller, MatchKind.Caller }));
        var events = await bed.EventsAsync();
        var left = events.Single(e => e.Type == CallEventTypes.QueueLeft && e.CallSid == "CA3");
        Assert.That(left.Fields["reason"], Is.EqualTo("callback"));
        Assert.That(events.Where(e => e.Type.StartsWith("callback.", StringComparison.Ordinal)).Select(e => (e.Type, e.CallSid, e.Fields["original"])),
            Is.EqualTo(new[]
            {
                (CallEventTypes.CallbackRequested, "cb-CA3", "CA3"),
                (CallEventTypes.CallbackDialling, "cb-CA3", "CA3"),
                (CallEventTypes.CallbackConnected, "cb-CA3", "CA3"),
            }));
        Assert.That((await bed.Engine.GetStatisticsAsync("ko")).AbandonedToday, Is.Zero, "asking for a callback is not abandoning");
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task RequestCallback_NotBeforeLater_PassedOverUntilThenWithoutHoldingUpTheLine()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        await bed.JoinAsync("CA2", "ko");
        var requested = await bed.AskCallbackAsync("CA1", bed.Time.GetUtcNow().AddMinutes(30));
        Assert.That(requested.Status!.State, Is.EqualTo(CallbackState.Scheduled));

        var first = await bed.AddCounselorAsync("c1", ("ko", 5));
        await bed.Engine.AcceptAsync(first.Matches.Single().ReservationId);
        var idle = await bed.AddCounselorAsync("c2", ("ko", 5));
        bed.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        var early = await bed.Engine.SweepAsync();
        bed.Advance(TimeSpan.FromSeconds(1));
        var due = await bed.Engine.SweepAsync();

        Assert.That(first.Matches.Single().CallSid, Is.EqualTo("CA2"), "the caller behind is not held up");
        Assert.That(idle.Matches.Concat(early.Matches), Is.Empty, "passed over until its time");
        Assert.That(due.Matches.Single(), Is.EqualTo(due.Matches.Single() with { CallSid = "cb-CA1", CounselorId = "c2", Kind = MatchKind.Callback }));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Reject_Callback_GoesBackToItsPlaceWithoutCountingAnAttempt()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        bed.Advance(TimeSpan.FromSeconds(5));
        await bed.JoinAsync("CA2", "ko");
        await bed.AskCallbackAsync("CA1");
        var offered = (await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single();

        var rejected = await bed.Engine.RejectAsync(offered.ReservationId);
        var next = await bed.AddCounselorAsync("c2", ("ko", 5));

        Assert.That(rejected.Outcome, Is.EqualTo(ReservationOutcome.Rejected));
        Assert.That(next.Matches.Single().CallSid, Is.EqualTo("cb-CA1"), "back ahead of CA2");
        Assert.That((await bed.Engine.GetCallbackAsync("cb-CA1"))!.Attempts, Is.Zero);
        var missed = await bed.Engine.NoAnswerAsync(next.Matches.Single().ReservationId);
        Assert.That(missed.Matches.Single().CallSid, Is.EqualTo("cb-CA1"), "offered again at once, still ahead of CA2");
        Assert.That((await bed.Engine.GetCallbackAsync("cb-CA1"))!.Attempts, Is.Zero, "no dial was made");
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task RequestCallback_ReservedConnectedOrUnknownCaller_IsRefusedOrNotFound()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("ko", 5));
        var reserved = (await bed.JoinAsync("CA-reserved", "ko")).Matches.Single();
        var refusedReserved = await bed.AskCallbackAsync("CA-reserved");
        await bed.Engine.AcceptAsync(reserved.ReservationId);

        Assert.That(refusedReserved.Outcome, Is.EqualTo(CallbackOutcome.Refused));
        Assert.That((await bed.AskCallbackAsync("CA-reserved")).Outcome, Is.EqualTo(CallbackOutcome.Refused));
        Assert.That((await bed.AskCallbackAsync("CA-unknown")).Outcome, Is.EqualTo(CallbackOutcome.NotFound));
        Assert.That(() => bed.Engine.RequestCallbackAsync("CA-reserved", "010-1234-5678"), Throws.ArgumentException.With.Message.Contains("E.164"));
        Assert.That(await bed.Engine.GetCallbackAsync(AcdEngine.CallbackIdFor("CA-reserved")), Is.Null);
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task RequestCallback_Replayed_AppliesOnce()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");

        var first = await bed.Engine.RequestCallbackAsync("CA1", CallbackSteps.Number, operationId: "op-1");
        var replay = await bed.Engine.RequestCallbackAsync("CA1", CallbackSteps.Number, operationId: "op-1");
        var again = await bed.Engine.RequestCallbackAsync("CA1", CallbackSteps.Number, operationId: "op-2");

        Assert.That(replay, Is.EqualTo(first with { Matches = replay.Matches }));
        Assert.That(again.Outcome, Is.EqualTo(CallbackOutcome.AlreadyRequested));
        Assert.That(again.Status, Is.EqualTo(first.Status));
        Assert.That((await bed.EventsAsync()).Count(e => e.Type == CallEventTypes.CallbackRequested), Is.EqualTo(1));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }
}
