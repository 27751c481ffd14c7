using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

public sealed class RecoveryTests
{
    [Test]
    public async Task SweepAsync_NewEngineAfterARestartInTheMiddle_LeavesNothingStuck()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("ringing", ("ko", 5));
        await bed.AddCounselorAsync("talking", ("ko", 5));
        await bed.AddCounselorAsync("wrapping", ("ko", 5));
        for (var i = 1; i <= 3; i++)
        {
            await bed.JoinAsync($"CA{i}", "ko");
        }
        await bed.Engine.AcceptAsync((await bed.Engine.GetCounselorAsync("talking"))!.ReservationId!);
        await bed.Engine.AcceptAsync((await bed.Engine.GetCounselorAsync("wrapping"))!.ReservationId!);
        await bed.Engine.CallEndedAsync("CA3");
        await bed.JoinAsync("CA4", "ko");

        using var restarted = TestRedis.Connect();
        var engine = bed.NewEngine(restarted);
        bed.Advance(TimeSpan.FromSeconds(30));
        await engine.GetCallerStatusAsync("CA4");
        var sweep = await engine.SweepAsync();

        Assert.That(sweep.ExpiredReservations, Has.Count.EqualTo(1));
        Assert.That(sweep.ReleasedCounselors, Is.EqualTo(new[] { "wrapping" }));
        Assert.That(sweep.Matches.Select(match => match.CallSid), Is.EquivalentTo(new[] { "CA1", "CA4" }));
        Assert.That((await engine.GetCounselorAsync("talking"))!.State, Is.EqualTo(CounselorState.OnCall));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task SweepAsync_CallerStoppedAskingForStatus_IsRemovedAsLostAndFreesTheCounselor()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA-alive", "en");
        await bed.JoinAsync("CA-gone", "ko");
        await bed.AddCounselorAsync("c1", ("ko", 5));
        bed.Advance(TimeSpan.FromMinutes(2));
        await bed.Engine.GetCallerStatusAsync("CA-alive");
        bed.Advance(TimeSpan.FromMinutes(1));

        var sweep = await bed.Engine.SweepAsync();

        Assert.That(sweep.LostCallers, Is.EqualTo(new[] { "CA-gone" }));
        Assert.That(await bed.Engine.GetCallerStatusAsync("CA-gone"), Is.Null);
        Assert.That(await bed.Engine.GetCallerStatusAsync("CA-alive"), Is.Not.Null);
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.Available));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task SweepAsync_FourInstancesAtOnce_ExpireEachReservationOnce()
    {
        await using var bed = new AcdTestBed();
        for (var i = 0; i < 20; i++)
        {
            await bed.AddCounselorAsync($"c{i}", ("ko", 5));
            await bed.JoinAsync($"CA{i}", "ko");
        }
        bed.Advance(TimeSpan.FromSeconds(20));
        var engines = Enumerable.Range(0, 4).Select(_ => bed.NewEngine()).ToList();

        var sweeps = await Task.WhenAll(engines.Select(engine => Task.Run(engine.SweepAsync)));

        Assert.That(sweeps.SelectMany(sweep => sweep.ExpiredReservations).Count(), Is.EqualTo(20));
        Assert.That(sweeps.SelectMany(sweep => sweep.ExpiredReservations).Distinct().Count(), Is.EqualTo(20));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }
}
