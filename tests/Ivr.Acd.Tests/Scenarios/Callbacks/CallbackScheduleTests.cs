using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios.Callbacks;

/// <summary>Callbacks across closing time, cancelled, and exempt from what ends a caller on hold.</summary>
public sealed class CallbackScheduleTests
{
    [Test]
    public async Task CarryOver_AtClosing_NothingOfferedUntilTheOpeningThenTheCallbacksFirst()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        bed.Advance(TimeSpan.FromSeconds(5));
        await bed.JoinAsync("CA2", "ko");
        await bed.AskCallbackAsync("CA1");
        await bed.AskCallbackAsync("CA2");
        var opening = bed.Time.GetUtcNow().AddHours(15);

        var carried = await bed.Engine.CarryOverCallbacksAsync("ko", opening);
        var again = await bed.Engine.CarryOverCallbacksAsync("ko", opening);
        var lateShift = await bed.AddCounselorAsync("c1", ("ko", 5));

        Assert.That((carried, again), Is.EqualTo((2, 0)));
        Assert.That(lateShift.Matches, Is.Empty, "nobody is called back after closing");
        var closed = await bed.Engine.GetStatisticsAsync("ko");
        Assert.That((closed.CallbacksWaiting, closed.CallbacksScheduled), Is.EqualTo((0, 2)));
        Assert.That((await bed.Engine.GetCallbackAsync("cb-CA2"))!.NotBefore, Is.EqualTo(opening));

        bed.Advance(opening - bed.Time.GetUtcNow());
        var first = (await bed.Engine.SweepAsync()).Matches.Single();
        await bed.JoinAsync("CA3", "ko");
        var second = (await bed.AddCounselorAsync("c2", ("ko", 5))).Matches.Single();

        Assert.That((first.CallSid, second.CallSid), Is.EqualTo(("cb-CA1", "cb-CA2")));
        Assert.That((await bed.EventsAsync()).Count(e => e.Type == CallEventTypes.CallbackScheduled), Is.EqualTo(2));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task CarryOver_MoreCallbacksThanABatch_SchedulesEveryOneOfTheLanguageOnly()
    {
        await using var bed = new AcdTestBed(name => TestRules.Settings(name) with { SweepBatchSize = 3 });
        for (var i = 0; i < 8; i++)
        {
            await bed.JoinAsync($"CA{i}", i < 7 ? "ko" : "en");
            await bed.AskCallbackAsync($"CA{i}");
        }

        var carried = await bed.Engine.CarryOverCallbacksAsync("ko", bed.Time.GetUtcNow().AddHours(12));

        Assert.That(carried, Is.EqualTo(7));
        Assert.That((await bed.Engine.GetCallbackAsync("cb-CA7"))!.State, Is.EqualTo(CallbackState.Waiting));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Cancel_InEveryStateBeforeConnected_RemovesItAndFreesItsCounselor()
    {
        await using var bed = new AcdTestBed();
        foreach (var callSid in new[] { "CA-dialling", "CA-reserved", "CA-waiting" })
        {
            await bed.JoinAsync(callSid, "ko");
            await bed.AskCallbackAsync(callSid);
        }
        var dialled = (await bed.AddCounselorAsync("c-dial", ("ko", 5))).Matches.Single();
        await bed.Engine.AcceptAsync(dialled.ReservationId);
        var rung = (await bed.AddCounselorAsync("c-ring", ("ko", 5))).Matches.Single();
        Assert.That((dialled.CallSid, rung.CallSid), Is.EqualTo(("cb-CA-dialling", "cb-CA-reserved")));

        var cancelled = new[]
        {
            await bed.Engine.CancelCallbackAsync("cb-CA-waiting", "got-through"),
            await bed.Engine.CancelCallbackAsync("cb-CA-reserved", "operations"),
            await bed.Engine.CancelCallbackAsync("cb-CA-dialling", "operations"),
        };

        Assert.That(cancelled.Select(result => result.Outcome), Is.All.EqualTo(CallbackOutcome.Cancelled));
        Assert.That(cancelled.Select(result => (result.Status!.State, result.Status.CounselorId)), Is.EqualTo(new[]
        {
            (CallbackState.Waiting, null), (CallbackState.Reserved, "c-ring"), (CallbackState.Dialling, (string?)"c-dial"),
        }), "whose ring or dial the server stops");
        Assert.That((await bed.Engine.CancelCallbackAsync("cb-CA-waiting", "again")).Outcome, Is.EqualTo(CallbackOutcome.NotFound));
        Assert.That((await bed.Engine.GetCounselorAsync("c-dial"))!.State, Is.EqualTo(CounselorState.Available));
        Assert.That((await bed.Engine.GetCounselorAsync("c-ring"))!.State, Is.EqualTo(CounselorState.Available));
        Assert.That((await bed.EventsAsync()).Where(e => e.Type == CallEventTypes.CallbackCancelled).Select(e => e.Fields["state"]),
            Is.EqualTo(new[] { "waiting", "reserved", "dialling" }));
        var statistics = await bed.Engine.GetStatisticsAsync("ko");
        Assert.That((statistics.CallbacksWaiting, statistics.CallbacksScheduled, statistics.Reserved, statistics.OnCall), Is.EqualTo((0, 0, 0, 0)));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Sweep_CallbackPastTheMaximumWaitAndWithoutHeartbeat_StaysInLine()
    {
        // Vietnamese: at most 10 minutes on hold; any caller is lost after 3 minutes without a status request.
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "vi");
        await bed.AskCallbackAsync("CA1");

        bed.Advance(TimeSpan.FromMinutes(20));
        var sweep = await bed.Engine.SweepAsync();

        Assert.That(sweep.TimedOut, Is.Empty);
        Assert.That(sweep.LostCallers, Is.Empty);
        Assert.That((await bed.Engine.GetCallbackAsync("cb-CA1"))!.State, Is.EqualTo(CallbackState.Waiting));
        Assert.That((await bed.AddCounselorAsync("c1", ("vi", 5))).Matches.Single().CallSid, Is.EqualTo("cb-CA1"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }
}
