using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

/// <summary>
/// A counselor calls out: available, they go On call at once and no caller is offered to them; the call ends into wrap-up
/// like any call, or, reaching nobody, frees them at once without wrap-up.
/// </summary>
public sealed class OutboundTests
{
    private const string Number = "+821055501234";

    [Test]
    public async Task StartOutbound_AvailableCounselor_IsOnCallAndNotOfferedACaller_UntilTheCallEndsIntoWrapUp()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c-ko", ("ko", 5));
        var callId = AcdEngine.NewOutboundId();

        var started = await bed.Engine.StartOutboundAsync(callId, "c-ko", "ko", Number, "task-1", "op-out");
        var joined = await bed.JoinAsync("CA1", "ko");

        Assert.That((started.Outcome, started.State), Is.EqualTo((OutboundOutcome.Started, (CounselorState?)CounselorState.OnCall)));
        Assert.That(joined.Matches, Is.Empty, "the counselor is busy with their own call");
        Assert.That(await bed.Engine.GetCounselorAsync("c-ko"), Has.Property(nameof(CounselorStatus.CallSid)).EqualTo(callId));
        Assert.That(await bed.Engine.GetCallAsync(callId), Is.EqualTo(new ConnectedCall(callId, "ko", CallerState.Connected, "c-ko", null)));
        var statistics = await bed.Engine.GetStatisticsAsync("ko");
        Assert.That((statistics.OnCall, statistics.Available, statistics.Waiting, statistics.AnsweredToday), Is.EqualTo((1, 0, 1, 0)));
        var startedEvent = (await bed.EventsAsync()).Single(e => e.Type == CallEventTypes.OutboundStarted);
        Assert.That((startedEvent.CallSid, startedEvent.Fields["counselor"], startedEvent.Fields["language"], startedEvent.Fields["from"], startedEvent.Fields["task"]),
            Is.EqualTo((callId, "c-ko", "ko", Number, "task-1")));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);

        var ended = await bed.Engine.CallEndedAsync(callId, "op-end", "c-ko");
        Assert.That(ended.State, Is.EqualTo(CounselorState.WrapUp));
        var ready = await bed.Engine.WrapUpDoneAsync("c-ko");
        Assert.That(ready.Matches.Single().CallSid, Is.EqualTo("CA1"), "once wrapped up the counselor takes the waiting caller");
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
        Assert.That(EventReplay.DoubleAssignments(await bed.EventsAsync()), Is.Empty);
    }

    [Test]
    public async Task OutboundFailed_FreesTheCounselorAtOnceWithoutWrapUp_AndTheyTakeTheWaitingCaller()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c-ko", ("ko", 5));
        var callId = AcdEngine.NewOutboundId();
        await bed.Engine.StartOutboundAsync(callId, "c-ko", "ko", Number);
        await bed.JoinAsync("CA1", "ko");
        bed.Advance(TimeSpan.FromSeconds(30));

        var failed = await bed.Engine.OutboundFailedAsync(callId, "busy", "op-fail");
        var again = await bed.Engine.OutboundFailedAsync(callId, "busy", "op-fail-2");

        Assert.That(failed.Outcome, Is.EqualTo(OutboundOutcome.Failed));
        Assert.That(failed.Matches.Single().CallSid, Is.EqualTo("CA1"), "available at once: no wrap-up after a call nobody answered");
        Assert.That(again.Outcome, Is.EqualTo(OutboundOutcome.NotFound));
        Assert.That(await bed.Engine.GetCallAsync(callId), Is.Null);
        var events = await bed.EventsAsync();
        Assert.That(events.Single(e => e.Type == CallEventTypes.OutboundFailed).Fields["reason"], Is.EqualTo("busy"));
        Assert.That(events.Where(e => e.Type is CallEventTypes.CallEnded or CallEventTypes.WrapUpCompleted), Is.Empty);
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task StartOutbound_CounselorNotAvailableOrWithoutTheLanguage_IsRefusedAndChangesNothing()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c-ko", ("ko", 5));
        await bed.AddCounselorAsync("c-vi", ("vi", 5));
        await bed.Engine.SetBreakAsync("c-vi", "lunch");

        var language = await bed.Engine.StartOutboundAsync(AcdEngine.NewOutboundId(), "c-ko", "vi", Number);
        var onBreak = await bed.Engine.StartOutboundAsync(AcdEngine.NewOutboundId(), "c-vi", "vi", Number);
        var unknown = await bed.Engine.StartOutboundAsync(AcdEngine.NewOutboundId(), "c-nobody", "vi", Number);
        var match = (await bed.JoinAsync("CA1", "ko")).Matches.Single();
        var reserved = await bed.Engine.StartOutboundAsync(AcdEngine.NewOutboundId(), "c-ko", "ko", Number);

        Assert.That(new[] { language.Outcome, onBreak.Outcome, unknown.Outcome, reserved.Outcome },
            Is.EqualTo(new[] { OutboundOutcome.Language, OutboundOutcome.Busy, OutboundOutcome.UnknownCounselor, OutboundOutcome.Busy }));
        Assert.That((onBreak.State, reserved.State), Is.EqualTo(((CounselorState?)CounselorState.Break, (CounselorState?)CounselorState.Reserved)));
        Assert.That((await bed.EventsAsync()).Where(e => e.Type == CallEventTypes.OutboundStarted), Is.Empty);
        Assert.That((await bed.Engine.AcceptAsync(match.ReservationId)).Outcome, Is.EqualTo(ReservationOutcome.Accepted), "the reservation was left alone");
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task StartOutbound_Replayed_AppliesOnce()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c-ko", ("ko", 5));
        var callId = AcdEngine.NewOutboundId();

        var first = await bed.Engine.StartOutboundAsync(callId, "c-ko", "ko", Number, operationId: "op-out");
        var replay = await bed.Engine.StartOutboundAsync(callId, "c-ko", "ko", Number, operationId: "op-out");
        var sameId = await bed.Engine.StartOutboundAsync(callId, "c-ko", "ko", Number, operationId: "op-other");

        Assert.That((first.Outcome, replay.Outcome, sameId.Outcome), Is.EqualTo((OutboundOutcome.Started, OutboundOutcome.Started, OutboundOutcome.Exists)));
        Assert.That((await bed.EventsAsync()).Count(e => e.Type == CallEventTypes.OutboundStarted), Is.EqualTo(1));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task StartOutbound_RacingCallersAndOtherOutboundCalls_TheCounselorIsTakenOnce()
    {
        await using var bed = new AcdTestBed();
        await bed.AddCounselorAsync("c-ko", ("ko", 5));

        var starts = Enumerable.Range(0, 12).Select(_ => bed.Engine.StartOutboundAsync(AcdEngine.NewOutboundId(), "c-ko", "ko", Number)).ToList();
        var joins = Enumerable.Range(0, 12).Select(i => bed.JoinAsync($"CA{i}", "ko")).ToList();
        await Task.WhenAll(starts.Cast<Task>().Concat(joins));

        var started = starts.Count(start => start.Result.Outcome == OutboundOutcome.Started);
        var matched = joins.Sum(join => join.Result.Matches.Count);
        Assert.That(started + matched, Is.EqualTo(1), "the counselor either placed one call or was offered one caller");
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
        Assert.That(EventReplay.DoubleAssignments(await bed.EventsAsync()), Is.Empty);
    }
}
