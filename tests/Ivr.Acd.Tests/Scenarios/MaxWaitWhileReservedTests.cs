using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

public sealed class MaxWaitWhileReservedTests
{
    [Test]
    public async Task Sweep_CallerPutBackAfterTheirMaximumWaitPassed_TimesOutAtOnce()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "vi");
        bed.Advance(TimeSpan.FromMinutes(2));
        await bed.Engine.GetCallerStatusAsync("CA1");
        bed.Advance(TimeSpan.FromMinutes(2));
        await bed.Engine.GetCallerStatusAsync("CA1");
        bed.Advance(TimeSpan.FromMinutes(2));
        await bed.Engine.GetCallerStatusAsync("CA1");
        bed.Advance(TimeSpan.FromMinutes(2));
        await bed.Engine.GetCallerStatusAsync("CA1");
        bed.Advance(TimeSpan.FromSeconds(119));
        await bed.Engine.GetCallerStatusAsync("CA1");
        var match = (await bed.AddCounselorAsync("c1", ("vi", 5))).Matches.Single();
        bed.Advance(TimeSpan.FromSeconds(5));
        await bed.Engine.SweepAsync();

        await bed.Engine.RejectAsync(match.ReservationId);
        var sweep = await bed.Engine.SweepAsync();

        Assert.That(sweep.TimedOut.Select(caller => caller.CallSid), Is.EqualTo(new[] { "CA1" }));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }
}
