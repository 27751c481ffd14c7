using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Scenarios;

/// <summary>Transfer to a language or a named counselor, and warm transfer (consult, then hand over).</summary>
public sealed class InCallTests
{
    private static async Task ConnectAsync(AcdTestBed bed, string callSid, string language, string counselor, int priority = 0)
    {
        await bed.AddCounselorAsync(counselor, (language, 5));
        var match = (await bed.JoinAsync(callSid, language, priority)).Matches.Single();
        Assert.That(match.CounselorId, Is.EqualTo(counselor));
        await bed.Engine.AcceptAsync(match.ReservationId);
    }

    [Test]
    public async Task TransferToLanguage_KeepsPriorityAndArrival_CounselorWrapsUp_NewLanguageMatches()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c-ko", priority: 3);
        bed.Advance(TimeSpan.FromSeconds(40));
        await bed.JoinAsync("CA-en-later", "en");

        var transfer = await bed.Engine.TransferToLanguageAsync("CA1", "en", "op-1");

        Assert.That(transfer.Outcome, Is.EqualTo(InCallOutcome.Done));
        Assert.That(transfer.PreviousCounselor, Is.EqualTo("c-ko"));
        Assert.That((await bed.Engine.GetCounselorAsync("c-ko"))!.State, Is.EqualTo(CounselorState.WrapUp));
        var status = await bed.Engine.GetCallerStatusAsync("CA1");
        Assert.That(status!.Language, Is.EqualTo("en"));
        Assert.That(status.State, Is.EqualTo(CallerState.Waiting));
        Assert.That(status.Position, Is.EqualTo(1), "a higher priority class goes ahead of the English caller who arrived later");
        Assert.That(status.Waited, Is.EqualTo(TimeSpan.FromSeconds(40)), "the original arrival time is kept");

        var match = (await bed.AddCounselorAsync("c-en", ("en", 5))).Matches.Single();
        Assert.That((match.CallSid, match.CounselorId), Is.EqualTo(("CA1", "c-en")));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task TransferToLanguage_Replayed_AppliesOnce()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c-ko");

        var first = await bed.Engine.TransferToLanguageAsync("CA1", "en", "op-1");
        var again = await bed.Engine.TransferToLanguageAsync("CA1", "en", "op-1");

        Assert.That(again.Outcome, Is.EqualTo(first.Outcome));
        Assert.That((await bed.EventsAsync()).Count(e => e.Type == CallEventTypes.Transferred), Is.EqualTo(1));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task TransferToLanguage_CallerNotConnected_IsRefused()
    {
        await using var bed = new AcdTestBed();
        await bed.JoinAsync("CA1", "ko");

        var transfer = await bed.Engine.TransferToLanguageAsync("CA1", "en", "op-1");

        Assert.That(transfer.Outcome, Is.EqualTo(InCallOutcome.NotConnected));
        Assert.That((await bed.Engine.GetCallerStatusAsync("CA1"))!.Language, Is.EqualTo("ko"));
    }

    [Test]
    public async Task ReturnToLine_CounselorLeftBeforeTheCallerJoined_CallerIsAheadOfLaterCallersAndTheCounselorWrapsUp()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c1", priority: 2);
        bed.Advance(TimeSpan.FromSeconds(30));
        await bed.JoinAsync("CA-later", "ko");

        var returned = await bed.Engine.ReturnToLineAsync("CA1", "c1", "op-1");

        Assert.That(returned.Outcome, Is.EqualTo(InCallOutcome.Done));
        Assert.That(returned.PreviousCounselor, Is.EqualTo("c1"));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.WrapUp));
        var status = await bed.Engine.GetCallerStatusAsync("CA1");
        Assert.That((status!.State, status.Position, status.Language), Is.EqualTo((CallerState.Waiting, 1, "ko")));
        Assert.That(status.Waited, Is.EqualTo(TimeSpan.FromSeconds(30)), "the original arrival time is kept");
        var returnedEvent = (await bed.EventsAsync()).Single(e => e.Type == CallEventTypes.Returned);
        Assert.That(returnedEvent.Fields["counselor"], Is.EqualTo("c1"));

        var match = (await bed.AddCounselorAsync("c2", ("ko", 5))).Matches.Single();
        Assert.That((match.CallSid, match.CounselorId), Is.EqualTo(("CA1", "c2")));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task ReturnToLine_ByAnotherCounselorOrReplayed_ChangesNothingMore()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c1");

        var other = await bed.Engine.ReturnToLineAsync("CA1", "c-other", "op-0");
        var first = await bed.Engine.ReturnToLineAsync("CA1", "c1", "op-1");
        var again = await bed.Engine.ReturnToLineAsync("CA1", "c1", "op-1");
        var later = await bed.Engine.ReturnToLineAsync("CA1", "c1", "op-2");

        Assert.That(other.Outcome, Is.EqualTo(InCallOutcome.NotConnected));
        Assert.That((first.Outcome, again.Outcome, later.Outcome), Is.EqualTo((InCallOutcome.Done, InCallOutcome.Done, InCallOutcome.NotConnected)));
        Assert.That((await bed.EventsAsync()).Count(e => e.Type == CallEventTypes.Returned), Is.EqualTo(1));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task TransferToCounselor_Available_ReservesThemAndAcceptConnects()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c1");
        await bed.AddCounselorAsync("c2", ("ko", 2));

        var transfer = await bed.Engine.TransferToCounselorAsync("CA1", "c2", "op-1");

        Assert.That(transfer.Outcome, Is.EqualTo(InCallOutcome.Done));
        Assert.That(transfer.Reservation!.CounselorId, Is.EqualTo("c2"));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.WrapUp));
        Assert.That((await bed.Engine.GetCounselorAsync("c2"))!.State, Is.EqualTo(CounselorState.Reserved));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);

        var accepted = await bed.Engine.AcceptAsync(transfer.Reservation.ReservationId);

        Assert.That(accepted.Outcome, Is.EqualTo(ReservationOutcome.Accepted));
        Assert.That((await bed.Engine.GetCallAsync("CA1"))!.CounselorId, Is.EqualTo("c2"));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task TransferToCounselor_NoAnswer_CallerWaitsInLineKeepingArrival()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c1");
        await bed.AddCounselorAsync("c2", ("en", 5));
        bed.Advance(TimeSpan.FromSeconds(60));
        var transfer = await bed.Engine.TransferToCounselorAsync("CA1", "c2", "op-1");

        await bed.Engine.NoAnswerAsync(transfer.Reservation!.ReservationId);

        var status = await bed.Engine.GetCallerStatusAsync("CA1");
        Assert.That(status!.State, Is.EqualTo(CallerState.Waiting));
        Assert.That(status.Waited, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task TransferToCounselor_NotAvailable_IsRefusedAndTheCallStays()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c1");
        await bed.AddCounselorAsync("c2", ("ko", 5));
        await bed.Engine.SetBreakAsync("c2", "lunch");

        var onBreak = await bed.Engine.TransferToCounselorAsync("CA1", "c2", "op-1");
        var unknown = await bed.Engine.TransferToCounselorAsync("CA1", "nobody", "op-2");
        var self = await bed.Engine.TransferToCounselorAsync("CA1", "c1", "op-3");

        Assert.That(onBreak.Outcome, Is.EqualTo(InCallOutcome.Unavailable));
        Assert.That(unknown.Outcome, Is.EqualTo(InCallOutcome.UnknownCounselor));
        Assert.That(self.Outcome, Is.EqualTo(InCallOutcome.Unavailable));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.OnCall));
    }

    [Test]
    public async Task Consult_AnswerThenComplete_HandsTheCallerOver()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c1");
        await bed.AddCounselorAsync("c2", ("ko", 5));

        var consult = await bed.Engine.StartConsultAsync("CA1", "c2", "op-1");
        Assert.That(consult.Outcome, Is.EqualTo(InCallOutcome.Done));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
        Assert.That((await bed.Engine.CompleteConsultAsync("CA1", "op-early")).Outcome, Is.EqualTo(InCallOutcome.NotAnswered));
        Assert.That((await bed.Engine.TransferToLanguageAsync("CA1", "en", "op-x")).Outcome, Is.EqualTo(InCallOutcome.Consulting));

        Assert.That((await bed.Engine.ConsultAnsweredAsync(consult.Reservation!.ReservationId, "op-2")).Outcome, Is.EqualTo(InCallOutcome.Done));
        Assert.That((await bed.Engine.GetCounselorAsync("c2"))!.State, Is.EqualTo(CounselorState.OnCall));
        Assert.That((await bed.Engine.GetCallAsync("CA1"))!.ConsultCounselorId, Is.EqualTo("c2"));

        var handed = await bed.Engine.CompleteConsultAsync("CA1", "op-3");

        Assert.That(handed.Outcome, Is.EqualTo(InCallOutcome.Done));
        Assert.That(handed.PreviousCounselor, Is.EqualTo("c1"));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.WrapUp));
        var call = await bed.Engine.GetCallAsync("CA1");
        Assert.That((call!.CounselorId, call.ConsultCounselorId), Is.EqualTo(("c2", (string?)null)));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);

        Assert.That((await bed.Engine.CallEndedAsync("CA1", "late-leg-of-c1", "c1")).Outcome, Is.EqualTo(PresenceOutcome.Refused), "the first counselor's late hang-up ends nothing");
        Assert.That((await bed.Engine.CallEndedAsync("CA1", "leg-of-c2", "c2")).State, Is.EqualTo(CounselorState.WrapUp));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Consult_Cancelled_ConsultedCounselorIsAvailableAndTheFirstKeepsTheCall()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c1");
        await bed.AddCounselorAsync("c2", ("ko", 5));
        var consult = await bed.Engine.StartConsultAsync("CA1", "c2", "op-1");
        await bed.Engine.ConsultAnsweredAsync(consult.Reservation!.ReservationId, "op-2");

        var ended = await bed.Engine.EndConsultAsync("CA1", "c2", "op-3");

        Assert.That(ended.Outcome, Is.EqualTo(InCallOutcome.Done));
        Assert.That((await bed.Engine.GetCounselorAsync("c2"))!.State, Is.EqualTo(CounselorState.Available));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.OnCall));
        Assert.That((await bed.Engine.GetCallAsync("CA1"))!.ConsultCounselorId, Is.Null);
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Consult_CallerHangsUpDuringConsult_FreesBothCounselors()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c1");
        await bed.AddCounselorAsync("c2", ("ko", 5));
        await bed.Engine.StartConsultAsync("CA1", "c2", "op-1");

        await bed.Engine.RemoveCallerAsync("CA1", "hangup");

        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.WrapUp));
        Assert.That((await bed.Engine.GetCounselorAsync("c2"))!.State, Is.EqualTo(CounselorState.Available));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Consult_RingsOut_SweepFreesTheConsultedCounselorAndTheCallStays()
    {
        await using var bed = new AcdTestBed();
        await ConnectAsync(bed, "CA1", "ko", "c1");
        await bed.AddCounselorAsync("c2", ("ko", 5));
        await bed.Engine.StartConsultAsync("CA1", "c2", "op-1");

        bed.Advance(TimeSpan.FromSeconds(21));
        await bed.Engine.SweepAsync();

        Assert.That((await bed.Engine.GetCounselorAsync("c2"))!.State, Is.Not.EqualTo(CounselorState.Reserved));
        Assert.That((await bed.Engine.GetCounselorAsync("c1"))!.State, Is.EqualTo(CounselorState.OnCall));
        Assert.That((await bed.Engine.CompleteConsultAsync("CA1", "op-2")).Outcome, Is.EqualTo(InCallOutcome.NotConsulting));
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
    }
}
