using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

public sealed class QueueLimitTests
{
    [Test]
    public async Task Enqueue_QueueAtMaximumLength_AnswersFullAndKeepsNobodyExtra()
    {
        await using var bed = new AcdTestBed();
        for (var i = 1; i <= 3; i++)
        {
            Assert.That((await bed.JoinAsync($"CA{i}", "vi")).Outcome, Is.EqualTo(EnqueueOutcome.Joined));
        }

        var fourth = await bed.JoinAsync("CA4", "vi");

        Assert.That(fourth.Outcome, Is.EqualTo(EnqueueOutcome.Full));
        Assert.That(await bed.Engine.GetCallerStatusAsync("CA4"), Is.Null);
        Assert.That((await bed.Engine.GetStatisticsAsync("vi")).Waiting, Is.EqualTo(3));
        Assert.That((await bed.EventsAsync()).Any(e => e.Type == CallEventTypes.QueueFull && e.CallSid == "CA4"), Is.True);
    }

    [Test]
    public async Task Enqueue_SameCallSidTwice_QueuesOnceAndReportsTheSamePlace()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA0", "ko");
        var first = await bed.JoinAsync("CA1", "ko");
        bed.Advance(TimeSpan.FromSeconds(7));

        var retry = await bed.JoinAsync("CA1", "ko");

        Assert.That(retry.Outcome, Is.EqualTo(EnqueueOutcome.AlreadyQueued));
        Assert.That(retry.Status!.Position, Is.EqualTo(first.Status!.Position).And.EqualTo(2));
        Assert.That(retry.Status.Waited, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That((await bed.Engine.GetStatisticsAsync("ko")).Waiting, Is.EqualTo(2));
    }

    [Test]
    public async Task Enqueue_RetriedOperationAfterTheCallerLeft_DoesNotQueueAgain()
    {
        await using var bed = new AcdTestBed();
        var request = new EnqueueRequest("CA1", "ko", 0, [], false) { OperationId = "webhook-42" };
        await bed.Engine.EnqueueCallerAsync(request);
        await bed.Engine.RemoveCallerAsync("CA1", "hangup");

        var replay = await bed.Engine.EnqueueCallerAsync(request);

        Assert.That(replay.Outcome, Is.EqualTo(EnqueueOutcome.Joined));
        Assert.That(await bed.Engine.GetCallerStatusAsync("CA1"), Is.Null);
        Assert.That((await bed.EventsAsync()).Count(e => e.Type == CallEventTypes.QueueJoined), Is.EqualTo(1));
    }

    [Test]
    public async Task Sweep_CallerPastMaximumWait_LeavesWithTheConfiguredOutcome()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "vi");
        for (var minute = 0; minute < 9; minute++)
        {
            bed.Advance(TimeSpan.FromMinutes(1));
            await bed.Engine.GetCallerStatusAsync("CA1");
            Assert.That((await bed.Engine.SweepAsync()).TimedOut, Is.Empty);
        }

        bed.Advance(TimeSpan.FromMinutes(1));
        var sweep = await bed.Engine.SweepAsync();

        Assert.That(sweep.TimedOut, Is.EqualTo(new[] { new TimedOutCaller("CA1", "vi", "message") }));
        Assert.That(await bed.Engine.GetCallerStatusAsync("CA1"), Is.Null);
        var left = (await bed.EventsAsync()).Single(e => e.Type == CallEventTypes.QueueLeft);
        Assert.That(left.Fields["reason"], Is.EqualTo("timeout"));
        Assert.That((await bed.Engine.GetStatisticsAsync("vi")).AbandonedToday, Is.Zero);
    }
}
