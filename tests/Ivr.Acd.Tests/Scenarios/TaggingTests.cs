using System.Text.Json.Nodes;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

/// <summary>
/// A tag added while the caller is already in the engine (a victim of crime presses 5 on hold): it counts as if they
/// had joined with it (Korean: victim-support is priority class 5 and held for its team for 60 s), from their
/// original arrival time.
/// </summary>
public sealed class TaggingTests
{
    [Test]
    public async Task Tag_WaitingCallerAsVictim_MovesAheadOfOrdinaryCallersKeepingTheirWait()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA-first", "ko");
        bed.Advance(TimeSpan.FromSeconds(5));
        await bed.JoinAsync("CA-second", "ko");
        bed.Advance(TimeSpan.FromSeconds(5));
        await bed.JoinAsync("CA-victim", "ko");
        bed.Advance(TimeSpan.FromSeconds(20));

        var tagged = await bed.Engine.TagCallerAsync("CA-victim", "victim-support");

        Assert.That(tagged.Outcome, Is.EqualTo(TagOutcome.Tagged));
        Assert.That(tagged.Status!.Position, Is.EqualTo(1));
        Assert.That(tagged.Status.Waited, Is.EqualTo(TimeSpan.FromSeconds(20)));
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA-first"))!.Position, Is.EqualTo(2));
        Assert.That((await bed.Engine.GetStatisticsAsync("ko")).Waiting, Is.EqualTo(3));
        var signIn = await bed.AddCounselorAsync("c1", ("ko", 5));
        Assert.That(signIn.Matches.Single().CallSid, Is.EqualTo("CA-victim"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Join_WithTags_NamesThemInTheJoinedEvent_SoTheRecordsKnowASensitiveCall()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA-victim", "ko", 0, false, "victim-support", "legal");
        await bed.JoinAsync("CA-plain", "ko");

        var joined = (await bed.EventsAsync()).Where(e => e.Type == CallEventTypes.QueueJoined).ToDictionary(e => e.CallSid);
        Assert.That(joined["CA-victim"].Fields["tags"], Is.EqualTo("victim-support,legal"));
        Assert.That(joined["CA-plain"].Fields.ContainsKey("tags"), Is.False);
    }

    [Test]
    public async Task Tag_WaitingCallerAsVictim_HeldForTheTeamWithinTheWindowFromArrival()
    {
        await using var bed = new AcdTestBed();
        var general = await GeneralCounselorSignsInAfterTaggingAsync(bed, TimeSpan.FromSeconds(20));

        Assert.That(general.Matches, Is.Empty, "held for the signed-in team within 60 s of arrival");
        await bed.Engine.CallEndedAsync("CA-busy");
        var ready = await bed.Engine.WrapUpDoneAsync("c-team");
        Assert.That(ready.Matches.Single().CallSid, Is.EqualTo("CA-victim"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Tag_CallerWhoWaitedLongerThanTheWindow_TakenByWhoeverIsFreeFirst()
    {
        await using var bed = new AcdTestBed();
        var general = await GeneralCounselorSignsInAfterTaggingAsync(bed, TimeSpan.FromSeconds(90));

        Assert.That(general.Matches.Single().CallSid, Is.EqualTo("CA-victim"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Tag_Twice_AppliesOnceAndSaysSo()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");

        await bed.Engine.TagCallerAsync("CA1", "victim-support");
        var again = await bed.Engine.TagCallerAsync("CA1", "victim-support");

        Assert.That(again.Outcome, Is.EqualTo(TagOutcome.AlreadyTagged));
        Assert.That((await bed.EventsAsync()).Count(e => e.Type == CallEventTypes.Tagged), Is.EqualTo(1));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Tag_ReservedCaller_KeepsTheirCounselorAndCarriesTheTag()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c1", ("ko", 5));
        var match = (await bed.JoinAsync("CA1", "ko")).Matches.Single();

        var tagged = await bed.Engine.TagCallerAsync("CA1", "victim-support");

        Assert.That(tagged.Outcome, Is.EqualTo(TagOutcome.Tagged));
        Assert.That(tagged.Status!.State, Is.EqualTo(CallerState.Reserved));
        Assert.That((await bed.Engine.AcceptAsync(match.ReservationId)).Outcome, Is.EqualTo(ReservationOutcome.Accepted));
        // The counselor's screen pop reads the caller's record.
        var record = JsonNode.Parse((string)(await TestRedis.Connection.GetDatabase().HashGetAsync(bed.Engine.Keys.Callers, "CA1"))!)!;
        Assert.That(record["t"]!.AsArray().Select(tag => (string?)tag), Does.Contain("victim-support"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Tag_CallerNotInTheEngine_NotFound()
    {
        await using var bed = new AcdTestBed();

        var tagged = await bed.Engine.TagCallerAsync("CA-unknown", "victim-support");

        Assert.That(tagged.Outcome, Is.EqualTo(TagOutcome.NotFound));
        Assert.That(tagged.Status, Is.Null);
    }

    // The victim-support counselor is on a call; a caller who has waited this long presses 5; then a general counselor signs in.
    private static async Task<PresenceResult> GeneralCounselorSignsInAfterTaggingAsync(AcdTestBed bed, TimeSpan waited)
    {
        await bed.AddCounselorAsync("c-team", ["victim-support"], ("ko", 5));
        await bed.Engine.AcceptAsync((await bed.JoinAsync("CA-busy", "ko")).Matches.Single().ReservationId);
        await bed.JoinAsync("CA-victim", "ko");
        bed.Advance(waited);
        await bed.Engine.TagCallerAsync("CA-victim", "victim-support");
        return await bed.AddCounselorAsync("c-general", ("ko", 5));
    }
}
