using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

/// <summary>
/// Team preferences (Korean: victim-support and legal callers wait 60 s for their team while it is signed in): the
/// team's counselors serve their team's callers first, nobody else waits behind a caller holding out for their team,
/// and the window ends early when the team is absent.
/// </summary>
public sealed class TeamRoutingTests
{
    [Test]
    public async Task Join_TaggedCallerWithTheirTeamIdle_TakesTheTeamCounselorOverALongerIdleOne()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c-general", ("ko", 5));
        bed.Advance(TimeSpan.FromSeconds(30));
        await bed.AddCounselorAsync("c-legal", ["legal"], ("ko", 5));

        var joined = await bed.JoinAsync("CA-legal", "ko", 0, false, "legal");

        Assert.That(joined.Matches.Single().CounselorId, Is.EqualTo("c-legal"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task SignIn_TeamCounselor_TakesTheirTeamsCallerBeforeALongerWaitingOrdinaryOne()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA-ordinary", "ko");
        bed.Advance(TimeSpan.FromSeconds(10));
        await bed.JoinAsync("CA-legal", "ko", 0, false, "legal");

        var signIn = await bed.AddCounselorAsync("c-legal", ["legal"], ("ko", 5));

        Assert.That(signIn.Matches.Single().CallSid, Is.EqualTo("CA-legal"));
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA-ordinary"))!.State, Is.EqualTo(CallerState.Waiting));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task SignIn_OtherCounselorWhileTheTeamIsBusy_PassesOverTheTeamCallerToTheNextInLineUntilTheWindowEnds()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c-legal", ["legal"], ("ko", 5));
        await bed.Engine.AcceptAsync((await bed.JoinAsync("CA-first", "ko")).Matches.Single().ReservationId);
        await bed.JoinAsync("CA-legal", "ko", 0, false, "legal");
        await bed.JoinAsync("CA-ordinary", "ko");

        var general = await bed.AddCounselorAsync("c-general", ("ko", 5));

        Assert.That(general.Matches.Single().CallSid, Is.EqualTo("CA-ordinary"), "not stuck behind the caller holding out for their team");
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA-legal"))!.State, Is.EqualTo(CallerState.Waiting));
        await bed.Engine.AcceptAsync(general.Matches.Single().ReservationId);

        await bed.AddCounselorAsync("c-later", ("ko", 5));
        bed.Advance(TimeSpan.FromSeconds(61));
        var sweep = await bed.Engine.SweepAsync();

        Assert.That(sweep.Matches.Single().CallSid, Is.EqualTo("CA-legal"), "after the window anyone may take them");
        Assert.That(sweep.Matches.Single().CounselorId, Is.EqualTo("c-later"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Join_TaggedCallerWhileTheirTeamIsOnABreak_AnyCounselorTakesThemAtOnce()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c-legal", ["legal"], ("ko", 5));
        await bed.Engine.SetBreakAsync("c-legal", "lunch");
        await bed.AddCounselorAsync("c-general", ("ko", 5));

        var joined = await bed.JoinAsync("CA-legal", "ko", 0, false, "legal");

        Assert.That(joined.Matches.Single().CounselorId, Is.EqualTo("c-general"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Reject_TeamCounselor_TheCallerIsBackInTheirTeamsLineAndTheNextTeamMemberGetsThem()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c-victim-1", ["victim-support"], ("ko", 5));
        var match = (await bed.JoinAsync("CA-victim", "ko", 0, false, "victim-support")).Matches.Single();
        await bed.AddCounselorAsync("c-general", ("ko", 5));

        await bed.Engine.RejectAsync(match.ReservationId);
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
        var signIn = await bed.AddCounselorAsync("c-victim-2", ["victim-support"], ("ko", 5));

        Assert.That(signIn.Matches.Single().CallSid, Is.EqualTo("CA-victim"));
        Assert.That((await bed.Engine.GetCounselorAsync("c-general"))!.State, Is.EqualTo(CounselorState.Available));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task UpsertCounselor_TeamWithTheIndexSeparators_IsRefusedAndATeamNamedTwiceCountsOnce()
    {
        await using var bed = new AcdTestBed();

        Assert.That(() => bed.AddCounselorAsync("c-bad", ["legal|x"], ("ko", 5)), Throws.ArgumentException.With.Message.Contains("legal|x"));
        await bed.AddCounselorAsync("c-legal", ["legal", "legal"], ("ko", 5));

        Assert.That(await bed.ViolationsAsync(), Is.Empty);
        Assert.That(await bed.Engine.GetCounselorAsync("c-bad"), Is.Null);
    }
}
