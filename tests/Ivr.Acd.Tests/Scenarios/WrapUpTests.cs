using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

public sealed class WrapUpTests
{
    private static async Task<Match> ConnectAsync(AcdTestBed bed, string callSid, string language)
    {
        var match = (await bed.JoinAsync(callSid, language)).Matches.Single();
        await bed.Engine.AcceptAsync(match.ReservationId);
        return match;
    }

    [Test]
    public async Task Sweep_WrapUpLimitOfTheLanguageReached_MakesTheCounselorAvailableAndMatches()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("ko", 5));
        await ConnectAsync(bed, "CA1", "ko");
        await bed.JoinAsync("CA2", "ko");

        var ended = await bed.Engine.CallEndedAsync("CA1");
        Assert.That(ended.State, Is.EqualTo(CounselorState.WrapUp));
        bed.Advance(TimeSpan.FromSeconds(29));
        await bed.Engine.SweepAsync();
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.WrapUp));

        bed.Advance(TimeSpan.FromSeconds(1));
        var sweep = await bed.Engine.SweepAsync();

        Assert.That(sweep.ReleasedCounselors, Is.EqualTo(new[] { "c1" }));
        Assert.That(sweep.Matches.Single().CallSid, Is.EqualTo("CA2"));
    }

    [Test]
    public async Task WrapUpDone_BeforeTheLimit_MakesTheCounselorAvailableAtOnce()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("en", 5));
        await ConnectAsync(bed, "CA1", "en");
        await bed.Engine.CallEndedAsync("CA1");

        var ready = await bed.Engine.WrapUpDoneAsync("c1");

        Assert.That(ready.State, Is.EqualTo(CounselorState.Available));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.Routable, Is.True);
    }

    [Test]
    public async Task CallEnded_CounselorWithOwnWrapUpLimit_OverridesTheLanguage()
    {
        await using var bed = new AcdTestBed();
        await bed.Engine.UpsertCounselorAsync(new CounselorProfile("c1", new Dictionary<string, int> { ["ko"] = 5 }) { WrapUp = TimeSpan.FromSeconds(5) });
        await bed.Engine.SignInAsync("c1");
        await ConnectAsync(bed, "CA1", "ko");
        await bed.Engine.CallEndedAsync("CA1");

        bed.Advance(TimeSpan.FromSeconds(5));
        await bed.Engine.SweepAsync();

        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.Available));
    }

    [Test]
    public async Task CallEnded_LanguageWithoutWrapUp_CounselorIsAvailableAtOnce()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("vi", 5));
        await ConnectAsync(bed, "CA1", "vi");
        await bed.JoinAsync("CA2", "vi");

        var ended = await bed.Engine.CallEndedAsync("CA1");

        Assert.That(ended.Matches.Single().CallSid, Is.EqualTo("CA2"));
    }

    [Test]
    public async Task SetBreak_WithReason_KeepsTheReasonAndRoutesNothing()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("ko", 5));

        var result = await bed.Engine.SetBreakAsync("c1", "lunch");
        await bed.JoinAsync("CA1", "ko");

        Assert.That(result.State, Is.EqualTo(CounselorState.Break));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.BreakReason, Is.EqualTo("lunch"));
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA1"))!.State, Is.EqualTo(CallerState.Waiting));
        Assert.That(() => bed.Engine.SetBreakAsync("c1", "nap"), Throws.ArgumentException);
    }

    [Test]
    public async Task SetBreak_WhileOnACall_IsRefused()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("ko", 5));
        await ConnectAsync(bed, "CA1", "ko");

        var result = await bed.Engine.SetBreakAsync("c1", "lunch");

        Assert.That(result.Outcome, Is.EqualTo(PresenceOutcome.Refused));
        Assert.That(result.State, Is.EqualTo(CounselorState.OnCall));
    }
}
