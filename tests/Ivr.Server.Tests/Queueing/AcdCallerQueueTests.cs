using Ivr.Server.Queueing;
using Ivr.Server.Tests.CallControl;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Queueing;

public sealed class AcdCallerQueueTests
{
    private static readonly DateTimeOffset Arrived = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Join_SameCallTwice_QueuesOnceAndKeepsPosition()
    {
        await using var factory = await IvrServerFactory.StartAsync();
        var queue = factory.Services.GetRequiredService<ICallerQueue>();

        var first = await queue.JoinAsync(Join("CA1", "vi"), CancellationToken.None);
        var second = await queue.JoinAsync(Join("CA2", "vi"), CancellationToken.None);
        var retried = await queue.JoinAsync(Join("CA1", "vi"), CancellationToken.None);

        Assert.That(first.Outcome, Is.EqualTo(QueueJoinOutcome.Joined));
        Assert.That(second.Status!.Position, Is.EqualTo(2));
        Assert.That(retried.Outcome, Is.Not.EqualTo(QueueJoinOutcome.Joined));
        Assert.That((await queue.GetStandingAsync("CA1", CancellationToken.None)).Status!.Position, Is.EqualTo(1));
        Assert.That((await queue.GetStandingAsync("CA2", CancellationToken.None)).Status!.Position, Is.EqualTo(2));
    }

    [Test]
    public async Task Join_TaggedVictimSupport_WaitsAheadOfAnEarlierOrdinaryCaller()
    {
        await using var factory = await IvrServerFactory.StartAsync();
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(Join("CA1", "th"), CancellationToken.None);

        var victim = await queue.JoinAsync(Join("CA2", "th") with { Tags = ["victim-support"], ArrivedAt = Arrived.AddSeconds(30) }, CancellationToken.None);

        Assert.That(victim.Status!.Position, Is.EqualTo(1), "the default options give victim-support priority 5");
        Assert.That((await queue.GetStandingAsync("CA1", CancellationToken.None)).Status!.Position, Is.EqualTo(2));
    }

    [Test]
    public async Task Tag_WaitingCallerAsVictim_MovesAheadOfAnEarlierOrdinaryCaller()
    {
        await using var factory = await IvrServerFactory.StartAsync();
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(Join("CA1", "th"), CancellationToken.None);
        await queue.JoinAsync(Join("CA2", "th") with { ArrivedAt = Arrived.AddSeconds(30) }, CancellationToken.None);

        var tagged = await queue.TagAsync("CA2", "victim-support", CancellationToken.None);

        Assert.That(tagged!.Position, Is.EqualTo(1), "as if CA2 had joined tagged: the default options give victim-support priority 5");
        Assert.That((await queue.GetStandingAsync("CA1", CancellationToken.None)).Status!.Position, Is.EqualTo(2));
        Assert.That(await queue.TagAsync("CA-gone", "victim-support", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Leave_WaitingCaller_IsGoneAndTheNextMovesUp()
    {
        await using var factory = await IvrServerFactory.StartAsync();
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(Join("CA1", "mn"), CancellationToken.None);
        await queue.JoinAsync(Join("CA2", "mn"), CancellationToken.None);

        await queue.LeaveAsync("CA1", "hangup", CancellationToken.None);

        Assert.That((await queue.GetStandingAsync("CA1", CancellationToken.None)).Presence, Is.EqualTo(QueuePresence.Unknown));
        Assert.That((await queue.GetStandingAsync("CA2", CancellationToken.None)).Status!.Position, Is.EqualTo(1));
    }

    [Test]
    public async Task Join_AgainAfterLeavingInTheSameCall_QueuesTheCallerAgain()
    {
        await using var factory = await IvrServerFactory.StartAsync();
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(Join("CA1", "ja"), CancellationToken.None);
        await queue.LeaveAsync("CA1", "hours", CancellationToken.None);

        var again = await queue.JoinAsync(Join("CA1", "ja"), CancellationToken.None);

        Assert.That(again.Outcome, Is.EqualTo(QueueJoinOutcome.Joined));
        Assert.That((await queue.GetStandingAsync("CA1", CancellationToken.None)).Status!.Position, Is.EqualTo(1));
    }

    [Test]
    public async Task Join_QueueAtItsLimit_AnswersFullWithoutQueueing()
    {
        await using var factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?> { ["Acd:MaxQueueLength"] = "1" });
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(Join("CA1", "my"), CancellationToken.None);

        var full = await queue.JoinAsync(Join("CA2", "my"), CancellationToken.None);

        Assert.That(full.Outcome, Is.EqualTo(QueueJoinOutcome.Full));
        Assert.That((await queue.GetStandingAsync("CA2", CancellationToken.None)).Presence, Is.EqualTo(QueuePresence.Unknown));
    }

    [Test]
    public async Task GetStanding_CallerNeverQueuedAndCallerTalkingToACounselor_AreToldApart()
    {
        var twilio = new TwilioMock().Answering(_ => TwilioMock.Participant("CA00000000000000000000000000000001"));
        await using var factory = await twilio.StartServerAsync();
        var engine = await TwilioMatchDispatcherTests.SignedInCounselorAsync(factory, "c1", "uz");
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(Join("CA1", "uz"), CancellationToken.None);
        var reserved = await queue.GetStandingAsync("CA1", CancellationToken.None);
        await engine.AcceptAsync((await engine.GetCounselorAsync("c1"))!.ReservationId!);

        var connected = await queue.GetStandingAsync("CA1", CancellationToken.None);
        var unknown = await queue.GetStandingAsync("CA2", CancellationToken.None);

        Assert.That(reserved.Presence, Is.EqualTo(QueuePresence.Waiting), "a reserved caller is next in line");
        Assert.That(reserved.Status!.Position, Is.EqualTo(1));
        Assert.That(connected, Is.EqualTo(QueueStanding.Connected));
        Assert.That(unknown, Is.EqualTo(QueueStanding.Unknown));
    }

    [Test]
    public async Task Join_CallerReservedOrConnected_AnswersAlreadyQueuedAndLeavesThemWithTheirCounselor()
    {
        var twilio = new TwilioMock().Answering(_ => TwilioMock.Participant("CA00000000000000000000000000000001"));
        await using var factory = await twilio.StartServerAsync();
        var engine = await TwilioMatchDispatcherTests.SignedInCounselorAsync(factory, "c1", "ne");
        var queue = factory.Services.GetRequiredService<ICallerQueue>();
        await queue.JoinAsync(Join("CA1", "ne"), CancellationToken.None);

        var whileReserved = await queue.JoinAsync(Join("CA1", "ne"), CancellationToken.None);
        await engine.AcceptAsync((await engine.GetCounselorAsync("c1"))!.ReservationId!);
        var whileConnected = await queue.JoinAsync(Join("CA1", "ne"), CancellationToken.None);

        Assert.That(whileReserved.Outcome, Is.EqualTo(QueueJoinOutcome.AlreadyQueued));
        Assert.That(whileConnected.Outcome, Is.EqualTo(QueueJoinOutcome.AlreadyQueued));
        Assert.That(await queue.GetStandingAsync("CA1", CancellationToken.None), Is.EqualTo(QueueStanding.Connected));
        Assert.That((await engine.GetCounselorAsync("c1"))!.CallSid, Is.EqualTo("CA1"));
        Assert.That((await engine.GetStatisticsAsync("ne")).Waiting, Is.Zero);
        Assert.That(twilio.Requests, Has.Count.EqualTo(1), "the counselor was rung once");
    }

    private static QueueJoinRequest Join(string callSid, string language) => new(callSid, language, 0, [], Arrived);
}
