using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

/// <summary>A caller overflows to another language only after consenting (e.g. a key on hold), keeping their place.</summary>
public sealed class OverflowConsentTests
{
    [Test]
    public async Task AcceptOverflow_WaitedPastTheOverflowWait_IsTakenByTheOverflowLanguagesCounselorAtOnce()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("ko-counselor", ("ko", 2));
        await bed.JoinAsync("CA-en", "en", 0, false);
        bed.Advance(TimeSpan.FromSeconds(90));
        Assert.That((await bed.Engine.SweepAsync()).Matches, Is.Empty, "no overflow without consent");

        var consent = await bed.Engine.AcceptOverflowAsync("CA-en");

        Assert.That(consent.Outcome, Is.EqualTo(OverflowConsentOutcome.Accepted));
        var match = consent.Matches.Single();
        Assert.That((match.CallSid, match.Language, match.QueueLanguage), Is.EqualTo(("CA-en", "ko", "en")));
    }

    [Test]
    public async Task AcceptOverflow_BeforeTheOverflowWait_KeepsThePlaceAndOverflowsWhenTheWaitPasses()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("ko-counselor", ("ko", 2));
        await bed.JoinAsync("CA-first", "en", 0, false);
        bed.Advance(TimeSpan.FromSeconds(1));
        await bed.JoinAsync("CA-second", "en", 0, false);

        var consent = await bed.Engine.AcceptOverflowAsync("CA-second");
        Assert.That(consent.Matches, Is.Empty);
        Assert.That(consent.Status!.Position, Is.EqualTo(2), "consenting does not move the caller in their own line");

        bed.Advance(TimeSpan.FromSeconds(60));
        await bed.Engine.GetCallerStatusAsync("CA-first");
        var match = (await bed.Engine.SweepAsync()).Matches.Single();

        Assert.That(match.CallSid, Is.EqualTo("CA-second"), "only the caller who consented overflows");
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA-first"))!.State, Is.EqualTo(CallerState.Waiting));
    }

    [Test]
    public async Task AcceptOverflow_Twice_AnswersAlreadyAccepted()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA-en", "en", 0, false);
        await bed.Engine.AcceptOverflowAsync("CA-en");

        var again = await bed.Engine.AcceptOverflowAsync("CA-en");

        Assert.That(again.Outcome, Is.EqualTo(OverflowConsentOutcome.AlreadyAccepted));
    }

    [Test]
    public async Task AcceptOverflow_LanguageWithoutAnOverflowRule_ChangesNothing()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA-ko", "ko", 0, false);

        var consent = await bed.Engine.AcceptOverflowAsync("CA-ko");

        Assert.That(consent.Outcome, Is.EqualTo(OverflowConsentOutcome.NoOverflowLanguage));
        Assert.That(consent.Status!.State, Is.EqualTo(CallerState.Waiting));
    }

    [Test]
    public async Task AcceptOverflow_CallerNotWaiting_AnswersNotWaiting()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("en-counselor", ("en", 3));
        await bed.JoinAsync("CA-en", "en", 0, false);

        Assert.That((await bed.Engine.AcceptOverflowAsync("CA-en")).Outcome, Is.EqualTo(OverflowConsentOutcome.NotWaiting), "reserved");
        Assert.That((await bed.Engine.AcceptOverflowAsync("CA-unknown")).Outcome, Is.EqualTo(OverflowConsentOutcome.NotWaiting));
    }
}
