using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

public sealed class ReservationTests
{
    [Test]
    public async Task Reject_CallerGoesBackToTheHeadKeepingArrival_CounselorWaitsTheRejectDelay()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        bed.Advance(TimeSpan.FromSeconds(5));
        await bed.JoinAsync("CA2", "ko");
        var match = (await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single();
        bed.Advance(TimeSpan.FromSeconds(3));

        var reject = await bed.Engine.RejectAsync(match.ReservationId);

        Assert.That(reject.Outcome, Is.EqualTo(ReservationOutcome.Rejected));
        Assert.That(reject.Matches, Is.Empty);
        var status = await bed.Engine.GetCallerStatusAsync("CA1");
        Assert.That(status!.Position, Is.EqualTo(1));
        Assert.That(status.Waited, Is.EqualTo(TimeSpan.FromSeconds(8)));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.Routable, Is.False);

        bed.Advance(TimeSpan.FromSeconds(10));
        var again = (await bed.Engine.SweepAsync()).Matches.Single();
        Assert.That((again.CallSid, again.CounselorId), Is.EqualTo(("CA1", "c1")));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.NoAnswersInARow, Is.Zero);
    }

    [Test]
    public async Task NoAnswer_MaxNoAnswersInARow_SetsTheCounselorMissedUntilAvailableAgain()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        var first = (await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single();

        var second = (await bed.Engine.NoAnswerAsync(first.ReservationId)).Matches.Single();
        var last = await bed.Engine.NoAnswerAsync(second.ReservationId);

        Assert.That(last.Matches, Is.Empty);
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.Missed));
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA1"))!.State, Is.EqualTo(CallerState.Waiting));
        Assert.That((await bed.Engine.GetStatisticsAsync("ko")).Missed, Is.EqualTo(1));

        var back = await bed.Engine.SetAvailableAsync("c1");
        Assert.That(back.Matches.Single().CallSid, Is.EqualTo("CA1"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Sweep_ReservationPastItsDeadline_CountsAsNoAnswerAndRequeuesTheCaller()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        var match = (await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single();
        bed.Advance(TimeSpan.FromSeconds(19));
        Assert.That((await bed.Engine.SweepAsync()).ExpiredReservations, Is.Empty);

        bed.Advance(TimeSpan.FromSeconds(1));
        var sweep = await bed.Engine.SweepAsync();

        Assert.That(sweep.ExpiredReservations, Is.EqualTo(new[] { match.ReservationId }));
        Assert.That(sweep.Matches.Single().CallSid, Is.EqualTo("CA1"));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.NoAnswersInARow, Is.EqualTo(1));
        Assert.That((await bed.Engine.AcceptAsync(match.ReservationId)).Outcome, Is.EqualTo(ReservationOutcome.Gone));
    }

    [Test]
    public async Task RemoveCaller_HangUpWhileReserved_CancelsAndOffersTheCounselorTheNextCallerOnceTheirRingIsStopped()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        var match = (await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single();
        bed.Advance(TimeSpan.FromSeconds(4));
        await bed.JoinAsync("CA2", "ko");

        var removed = await bed.Engine.RemoveCallerAsync("CA1", "hangup");
        bed.Advance(bed.Settings.RingReleaseDelay);
        var swept = await bed.Engine.SweepAsync();

        Assert.That(removed.StateBefore, Is.EqualTo(CallerState.Reserved));
        Assert.That(removed.Matches, Is.Empty, "a softphone still ringing for CA1 would turn CA2 away as busy");
        Assert.That(swept.Matches.Single().CallSid, Is.EqualTo("CA2"));
        Assert.That((await bed.Engine.AcceptAsync(match.ReservationId)).Outcome, Is.EqualTo(ReservationOutcome.Gone));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.NoAnswersInARow, Is.Zero);
        Assert.That((await bed.Engine.GetStatisticsAsync("ko")).AbandonedToday, Is.EqualTo(1));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Reject_ReplayedWithTheSameOperationId_AppliesOnce()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        var match = (await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single();
        await bed.Engine.NoAnswerAsync(match.ReservationId, "op-1");

        var replay = await bed.Engine.NoAnswerAsync(match.ReservationId, "op-1");

        Assert.That(replay.Outcome, Is.EqualTo(ReservationOutcome.NoAnswer));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.NoAnswersInARow, Is.EqualTo(1));
    }
}
