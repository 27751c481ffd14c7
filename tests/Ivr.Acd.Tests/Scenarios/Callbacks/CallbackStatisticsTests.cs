using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios.Callbacks;

/// <summary>Callbacks on the wallboard: counted apart from callers on hold, and ahead of a new caller in the estimate.</summary>
public sealed class CallbackStatisticsTests
{
    [Test]
    public async Task GetStatistics_CallbackInLine_CountedApartFromCallersAndInANewCallersExpectedWait()
    {
        // Vietnamese starts from a 4-minute handle time.
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("vi", 5));
        await bed.AddCounselorAsync("c2", ("vi", 5));
        await bed.Engine.AcceptAsync((await bed.JoinAsync("CA1", "vi")).Matches.Single().ReservationId);
        await bed.Engine.AcceptAsync((await bed.JoinAsync("CA2", "vi")).Matches.Single().ReservationId);
        await bed.JoinAsync("CA3", "vi");
        bed.Advance(TimeSpan.FromSeconds(40));
        await bed.AskCallbackAsync("CA3");
        await bed.JoinAsync("CA4", "vi");

        var statistics = await bed.Engine.GetStatisticsAsync("vi");

        Assert.That((statistics.Waiting, statistics.CallbacksWaiting, statistics.CallbacksScheduled), Is.EqualTo((1, 1, 0)));
        Assert.That(statistics.LongestWait, Is.EqualTo(TimeSpan.FromSeconds(40)), "the callback, first in line, waited longest");
        // Third in line behind two busy counselors: 3 x 240 s / 2.
        Assert.That(statistics.ExpectedWaitForNewCaller, Is.EqualTo(TimeSpan.FromMinutes(6)));
        var behind = await bed.Engine.GetCallerStatusAsync("CA4");
        Assert.That((behind!.Position, behind.ExpectedWait), Is.EqualTo((2, TimeSpan.FromMinutes(4))));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }
}
