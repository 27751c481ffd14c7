using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

public sealed class WideningTests
{
    [Test]
    public async Task Sweep_AfterTheWideningStep_MatchesTheFirstCallerWhoKeptTheirPlace()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("junior", ("ko", 1));
        var first = await bed.JoinAsync("CA1", "ko");
        bed.Advance(TimeSpan.FromSeconds(10));
        await bed.JoinAsync("CA2", "ko");

        Assert.That(first.Matches, Is.Empty);
        bed.Advance(TimeSpan.FromSeconds(19));
        Assert.That((await bed.Engine.SweepAsync()).Matches, Is.Empty);
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA1"))!.Position, Is.EqualTo(1));

        bed.Advance(TimeSpan.FromSeconds(1));
        var sweep = await bed.Engine.SweepAsync();

        Assert.That(sweep.Matches.Single().CallSid, Is.EqualTo("CA1"));
        Assert.That(sweep.Matches.Single().CounselorId, Is.EqualTo("junior"));
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA2"))!.Position, Is.EqualTo(1));
    }

    [Test]
    public async Task Sweep_OverflowAccepted_ServesInTheOverflowLanguageAfterItsWait()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("ko-counselor", ("ko", 2));
        await bed.JoinAsync("CA-refuses", "en", 0, false);
        bed.Advance(TimeSpan.FromSeconds(1));
        await bed.JoinAsync("CA-accepts", "en", 0, true);

        bed.Advance(TimeSpan.FromSeconds(58));
        Assert.That((await bed.Engine.SweepAsync()).Matches, Is.Empty);
        bed.Advance(TimeSpan.FromSeconds(2));
        await bed.Engine.GetCallerStatusAsync("CA-refuses");
        var match = (await bed.Engine.SweepAsync()).Matches.Single();

        Assert.That(match.CallSid, Is.EqualTo("CA-accepts"));
        Assert.That(match.Language, Is.EqualTo("ko"));
        Assert.That(match.QueueLanguage, Is.EqualTo("en"));
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA-refuses"))!.State, Is.EqualTo(CallerState.Waiting));
    }

    [Test]
    public async Task SignIn_OverflowLanguageCounselor_StillServesNativeCallersFirst()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA-en", "en", 0, true);
        bed.Advance(TimeSpan.FromSeconds(90));
        await bed.JoinAsync("CA-ko", "ko");

        var signIn = await bed.AddCounselorAsync("c1", ("ko", 5));

        Assert.That(signIn.Matches.Single().CallSid, Is.EqualTo("CA-ko"));
    }
}
