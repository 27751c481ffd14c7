using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios.Callbacks;

/// <summary>
/// A callback's dials (the test rules keep the defaults: a retry after 10 minutes, 3 dials, a dial unreported for 3
/// minutes counts as failed).
/// </summary>
public sealed class CallbackAttemptTests
{
    [Test]
    public async Task AttemptFailed_RetriedAtItsPlaceAfterTheIntervalThenFailedAfterTheLastAttempt()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        bed.Advance(TimeSpan.FromSeconds(5));
        await bed.AskCallbackAsync("CA1");
        var match = (await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single();

        var first = await bed.DialFailsAsync(match);

        Assert.That(first.Outcome, Is.EqualTo(CallbackOutcome.Retrying));
        Assert.That(first.Status!.State, Is.EqualTo(CallbackState.Scheduled));
        Assert.That(first.Status.Attempts, Is.EqualTo(1));
        Assert.That(first.Status.NotBefore, Is.EqualTo(bed.Time.GetUtcNow() + bed.Settings.CallbackRetryInterval));
        Assert.That(first.Matches, Is.Empty, "the counselor is available, the callback not yet due");
        var counselor = await bed.Engine.GetCounselorAsync("c1");
        Assert.That((counselor!.State, counselor.Routable), Is.EqualTo((CounselorState.Available, true)), "no wrap-up: nobody was spoken to");

        var meanwhile = (await bed.JoinAsync("CA2", "ko")).Matches.Single();
        Assert.That(meanwhile.CallSid, Is.EqualTo("CA2"), "while the callback waits out its interval, the line moves on");
        await bed.ServeAsync(meanwhile);
        bed.Advance(bed.Settings.CallbackRetryInterval);
        var second = (await bed.Engine.SweepAsync()).Matches.Single();
        Assert.That(second.CallSid, Is.EqualTo("cb-CA1"));
        Assert.That((await bed.DialFailsAsync(second, CallbackFailureReason.Busy)).Status!.Attempts, Is.EqualTo(2));
        bed.Advance(bed.Settings.CallbackRetryInterval);
        var third = (await bed.Engine.SweepAsync()).Matches.Single();

        var last = await bed.DialFailsAsync(third, CallbackFailureReason.NoKey);

        Assert.That(last.Outcome, Is.EqualTo(CallbackOutcome.Failed));
        Assert.That(last.Status, Is.Null);
        Assert.That(last.Failed, Is.EqualTo(new FailedCallback("cb-CA1", "CA1", "ko", CallbackSteps.Number, 3)), "the number, for the server's task to call back");
        Assert.That(first.Failed, Is.Null);
        Assert.That(await bed.Engine.GetCallbackAsync("cb-CA1"), Is.Null);
        var events = await bed.EventsAsync();
        Assert.That(events.Where(e => e.Type == CallEventTypes.CallbackAttemptFailed).Select(e => (e.Fields["attempt"], e.Fields["reason"])),
            Is.EqualTo(new[] { ("1", "no-answer"), ("2", "busy"), ("3", "no-key") }));
        var failed = events.Single(e => e.Type == CallEventTypes.CallbackFailed);
        Assert.That((failed.CallSid, failed.Fields["original"], failed.Fields["attempts"]), Is.EqualTo(("cb-CA1", "CA1", "3")));
        var statistics = await bed.Engine.GetStatisticsAsync("ko");
        Assert.That((statistics.CallbacksFailedToday, statistics.CallbacksWaiting, statistics.CallbacksScheduled), Is.EqualTo((1L, 0, 0)));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task CallbackConnected_TheCounselorTalksThenWrapsUpAsAfterAnyCall()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        await bed.AskCallbackAsync("CA1");
        var match = (await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single();
        await bed.Engine.AcceptAsync(match.ReservationId);
        Assert.That((await bed.Engine.GetCallbackAsync("cb-CA1"))!.State, Is.EqualTo(CallbackState.Dialling));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.OnCall));

        var connected = await bed.Engine.CallbackConnectedAsync("cb-CA1", "CA-out");
        var asConnected = await bed.Engine.GetCallbackAsync("cb-CA1");
        var late = await bed.Engine.CallbackAttemptFailedAsync("cb-CA1", CallbackFailureReason.NoAnswer);
        var ended = await bed.Engine.CallEndedAsync("cb-CA1");

        Assert.That(connected.Outcome, Is.EqualTo(CallbackOutcome.Connected));
        Assert.That(connected.Status!.Attempts, Is.EqualTo(1));
        Assert.That((asConnected!.State, asConnected.DialledCallSid), Is.EqualTo((CallbackState.Connected, "CA-out")), "what Twilio knows the call by");
        Assert.That(late.Outcome, Is.EqualTo(CallbackOutcome.NotFound), "a connected callback is a call, no longer dialled");
        Assert.That(ended.State, Is.EqualTo(CounselorState.WrapUp));
        var events = await bed.EventsAsync();
        Assert.That(events.Single(e => e.Type == CallEventTypes.CallbackConnected).Fields["dialled"], Is.EqualTo("CA-out"));
        Assert.That(events.Single(e => e.Type == CallEventTypes.CallEnded).CallSid, Is.EqualTo("cb-CA1"));
        var statistics = await bed.Engine.GetStatisticsAsync("ko");
        Assert.That((statistics.CallbacksConnectedToday, statistics.AnsweredToday), Is.EqualTo((1L, 0L)));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Sweep_DialNeverReported_CountsAsAFailedAttemptAndFreesTheCounselor()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        await bed.AskCallbackAsync("CA1");
        await bed.Engine.AcceptAsync((await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single().ReservationId);

        bed.Advance(bed.Settings.CallbackDialTimeout);
        var sweep = await bed.Engine.SweepAsync();

        Assert.That(sweep.ExpiredDials, Is.EqualTo(new[] { new ExpiredDial("cb-CA1", "c1") }), "the server ends the counselor's leg and the dial");
        var callback = await bed.Engine.GetCallbackAsync("cb-CA1");
        Assert.That((callback!.State, callback.Attempts), Is.EqualTo((CallbackState.Scheduled, 1)));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.Available));
        Assert.That((await bed.EventsAsync()).Single(e => e.Type == CallEventTypes.CallbackAttemptFailed).Fields["reason"], Is.EqualTo("expired"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Sweep_LastDialNeverReported_EndsTheCallbackFailedWithItsNumber()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        await bed.AskCallbackAsync("CA1");
        var match = (await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single();
        var sweeps = new List<SweepResult>();
        for (var attempt = 1; attempt <= bed.Settings.CallbackMaxAttempts; attempt++)
        {
            await bed.Engine.AcceptAsync(match.ReservationId);
            bed.Advance(bed.Settings.CallbackDialTimeout);
            sweeps.Add(await bed.Engine.SweepAsync());
            bed.Advance(bed.Settings.CallbackRetryInterval);
            match = (await bed.Engine.SweepAsync()).Matches.SingleOrDefault()!;
        }

        Assert.That(sweeps.Select(sweep => sweep.ExpiredDials.Single().Failed), Is.EqualTo(new FailedCallback?[]
        {
            null, null, new("cb-CA1", "CA1", "ko", CallbackSteps.Number, bed.Settings.CallbackMaxAttempts),
        }), "only the last expired dial ends the callback");
        Assert.That(match, Is.Null);
        Assert.That(await bed.Engine.GetCallbackAsync("cb-CA1"), Is.Null);
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task AttemptFailed_Replayed_CountsOnce()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");
        await bed.AskCallbackAsync("CA1");
        await bed.Engine.AcceptAsync((await bed.AddCounselorAsync("c1", ("ko", 5))).Matches.Single().ReservationId);

        var first = await bed.Engine.CallbackAttemptFailedAsync("cb-CA1", CallbackFailureReason.Busy, "op-dial-1");
        var replay = await bed.Engine.CallbackAttemptFailedAsync("cb-CA1", CallbackFailureReason.Busy, "op-dial-1");

        Assert.That(replay.Status, Is.EqualTo(first.Status));
        Assert.That((await bed.Engine.GetCallbackAsync("cb-CA1"))!.Attempts, Is.EqualTo(1));
        Assert.That((await bed.EventsAsync()).Count(e => e.Type == CallEventTypes.CallbackAttemptFailed), Is.EqualTo(1));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }
}
