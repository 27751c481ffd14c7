using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

public sealed class StatisticsTests
{
    [Test]
    public async Task GetStatistics_MixedDay_CountsEveryStateAndTheLongestWait()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("oncall", ("ko", 5));
        await bed.AddCounselorAsync("reserved", ("ko", 5), ("en", 3));
        await bed.AddCounselorAsync("onbreak", ("ko", 2));
        await bed.Engine.UpsertCounselorAsync(new CounselorProfile("offline", new Dictionary<string, int> { ["ko"] = 1 }));
        await bed.Engine.SetBreakAsync("onbreak", "training");
        await bed.Engine.AcceptAsync((await bed.JoinAsync("CA1", "ko")).Matches.Single().ReservationId);
        await bed.JoinAsync("CA2", "ko");
        bed.Advance(TimeSpan.FromSeconds(40));
        await bed.JoinAsync("CA3", "ko");
        await bed.JoinAsync("CA4", "ko");
        bed.Advance(TimeSpan.FromSeconds(5));
        await bed.Engine.RemoveCallerAsync("CA4", "hangup");

        var ko = await bed.Engine.GetStatisticsAsync("ko");
        var en = await bed.Engine.GetStatisticsAsync("en");

        Assert.That(ko with { ExpectedWaitForNewCaller = TimeSpan.Zero }, Is.EqualTo(new LanguageStatistics(
            "ko", Waiting: 1, LongestWait: TimeSpan.FromSeconds(5), Available: 0, Reserved: 1, OnCall: 1, WrapUp: 0, Break: 1, Missed: 0,
            Offline: 1, AnsweredToday: 1, AbandonedToday: 1, ExpectedWaitForNewCaller: TimeSpan.Zero)));
        Assert.That(en.Reserved, Is.EqualTo(1));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task SignIn_KeepsTheCountersAHashTable()
    {
        // Routing decisions read and write several counters each: a listpack would be scanned field by field.
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("ko", 5));

        var encoding = await TestRedis.Connection.GetDatabase().ExecuteAsync("OBJECT", "ENCODING", bed.Engine.Keys.Stats);

        Assert.That(encoding.ToString(), Is.EqualTo("hashtable"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task GetStatistics_NoIdleCounselor_EstimatesWaitFromHandleTimeAndStaffing()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("vi", 5));
        await bed.AddCounselorAsync("c2", ("vi", 5));
        await bed.Engine.AcceptAsync((await bed.JoinAsync("CA1", "vi")).Matches.Single().ReservationId);
        await bed.Engine.AcceptAsync((await bed.JoinAsync("CA2", "vi")).Matches.Single().ReservationId);
        await bed.JoinAsync("CA3", "vi");

        var statistics = await bed.Engine.GetStatisticsAsync("vi");

        // Position 2 behind two busy counselors at the initial 4-minute handle time: 2 x 240 s / 2.
        Assert.That(statistics.ExpectedWaitForNewCaller, Is.EqualTo(TimeSpan.FromMinutes(4)));
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA3"))!.ExpectedWait, Is.EqualTo(TimeSpan.FromMinutes(2)));
    }

    [Test]
    public async Task WrapUpDone_AfterACall_MovesTheHandleTimeAverageTowardsTheCall()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("vi", 5));
        await bed.Engine.AcceptAsync((await bed.JoinAsync("CA1", "vi")).Matches.Single().ReservationId);
        bed.Advance(TimeSpan.FromMinutes(8));
        await bed.Engine.CallEndedAsync("CA1");
        await bed.Engine.SetBreakAsync("c1", "lunch");
        await bed.Engine.SetAvailableAsync("c1");
        await bed.Engine.AcceptAsync((await bed.JoinAsync("CA2", "vi")).Matches.Single().ReservationId);
        await bed.JoinAsync("CA3", "vi");

        var statistics = await bed.Engine.GetStatisticsAsync("vi");

        // (3 x 4 min + 8 min) / 4 = 5 min per call, one staffed counselor, new caller second in line.
        Assert.That(statistics.ExpectedWaitForNewCaller, Is.EqualTo(TimeSpan.FromMinutes(10)));
    }
}
