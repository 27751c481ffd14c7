using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Folding;
using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.Tests.CallRecords;

public sealed class CallFolderTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    [Test]
    public void Fold_AnsweredCallWithHold_ComputesWaitTalkHoldAndWrapUp()
    {
        var call = ScriptedDay.Calls()[0]; // A: joined 0, answered 15, hold 60-90, ended 215, wrapped 245

        var record = CallFolder.Fold(call.CallSid, call.Events, Seoul);

        Assert.That(record.WaitSeconds, Is.EqualTo(15));
        Assert.That(record.HoldSeconds, Is.EqualTo(30));
        Assert.That(record.TalkSeconds, Is.EqualTo(170));
        Assert.That(record.WrapUpSeconds, Is.EqualTo(30));
        Assert.That(record.Outcome, Is.EqualTo(CallOutcome.Answered));
        Assert.That(record.ResidencyStatus, Is.EqualTo("F-6"));
        Assert.That(record.Day, Is.EqualTo(ScriptedDay.Day));
        Assert.That(record.Hour, Is.EqualTo(10));
    }

    [Test]
    public void Fold_ReversedAndDuplicatedEvents_GivesTheSameRow()
    {
        var call = ScriptedDay.Calls()[0];
        var inOrder = CallFolder.Fold(call.CallSid, call.Events, Seoul);

        var shuffled = CallFolder.Fold(call.CallSid, call.Events.Reverse().Concat(call.Events.Take(3)), Seoul);

        Assert.That(shuffled, Is.EqualTo(inOrder).UsingPropertiesComparer());
    }

    [TestCase("victim-support", true)]
    [TestCase("legal,victim-support", true)]
    [TestCase("legal", false)]
    public void Fold_JoinedWithTags_IsSensitiveOnlyForAVictimOfCrime(string tags, bool sensitive)
    {
        var call = new CallScript("CA-tagged", ScriptedDay.Morning).Arrive()
            .Add(CallEventTypes.QueueJoined, 1, ("language", "ne"), ("priority", "5"), ("tags", tags)).End(60);

        Assert.That(CallFolder.Fold(call.CallSid, call.Events, Seoul).Sensitive, Is.EqualTo(sensitive));
    }

    [Test]
    public void Fold_TaggedOnHoldAsAVictim_IsSensitive()
    {
        var call = new CallScript("CA-hold-tagged", ScriptedDay.Morning).Arrive().Join("vi", 1)
            .Add(CallEventTypes.Tagged, 20, ("language", "vi"), ("tag", "victim-support"), ("priority", "5")).End(60);
        var plain = new CallScript("CA-plain", ScriptedDay.Morning).Arrive().Join("vi", 1).End(60);

        Assert.That(CallFolder.Fold(call.CallSid, call.Events, Seoul).Sensitive, Is.True);
        Assert.That(CallFolder.Fold(plain.CallSid, plain.Events, Seoul).Sensitive, Is.False);
    }

    [Test]
    public void Fold_CounselorLeftBeforeTheCallerJoined_WaitRunsOnToTheNextCounselor()
    {
        var call = new CallScript("CA-returned", ScriptedDay.Morning).Arrive().Join("vi", 0).Answer("c1", 10)
            .Add(CallEventTypes.Returned, 11, ("language", "vi"), ("counselor", "c1")).Answer("c2", 40).End(100);

        var record = CallFolder.Fold(call.CallSid, call.Events, Seoul);

        Assert.That((record.Outcome, record.Counselor, record.WaitSeconds, record.TalkSeconds), Is.EqualTo((CallOutcome.Answered, "c2", 40d, 60d)));
    }

    [Test]
    public void Fold_ReturnedToLineThenHungUp_IsAnAbandon()
    {
        var call = new CallScript("CA-returned-left", ScriptedDay.Morning).Arrive().Join("vi", 0).Answer("c1", 10)
            .Add(CallEventTypes.Returned, 11, ("language", "vi"), ("counselor", "c1")).Leave("hangup", 50).End(50);

        var record = CallFolder.Fold(call.CallSid, call.Events, Seoul);

        Assert.That((record.Outcome, record.Counselor, record.WaitSeconds), Is.EqualTo((CallOutcome.AbandonedInQueue, (string?)null, 50d)));
    }

    [Test]
    public void Fold_NotEndedYet_IsInProgress()
    {
        var call = new CallScript("CA-open", ScriptedDay.Morning).Arrive().Join("vi", 0);

        Assert.That(CallFolder.Fold(call.CallSid, call.Events, Seoul).Outcome, Is.EqualTo(CallOutcome.InProgress));
    }

    [TestCase("timeout", CallOutcome.QueueTimeout)]
    [TestCase("callback", CallOutcome.Callback)]
    [TestCase("hangup", CallOutcome.AbandonedInQueue)]
    public void Fold_LeftQueueUnanswered_OutcomeFollowsTheReason(string reason, string outcome)
    {
        var call = new CallScript("CA-left", ScriptedDay.Morning).Arrive().Join("vi", 0).Leave(reason, 30).End(31);

        Assert.That(CallFolder.Fold(call.CallSid, call.Events, Seoul).Outcome, Is.EqualTo(outcome));
    }

    [Test]
    public void Fold_LeftQueueForAMessageAndLeftIt_IsACallbackNotAnAbandon()
    {
        // The message's event comes with its recording's status callback, after the call ended.
        var call = new CallScript("CA-message", ScriptedDay.Morning).Arrive().Join("vi", 0).Leave("message", 30).End(75)
            .Add(CallEventTypes.MessageLeft, 76, ("language", "vi"), ("task", "0193"), ("seconds", "40"));

        var record = CallFolder.Fold(call.CallSid, call.Events, Seoul);

        Assert.That((record.Outcome, record.QueueLeaveReason, record.WaitSeconds), Is.EqualTo((CallOutcome.Callback, "message", 30d)));
    }

    [Test]
    public void Fold_LeftQueueForAMessageButLeftNone_IsAnAbandon()
    {
        var call = new CallScript("CA-no-message", ScriptedDay.Morning).Arrive().Join("vi", 0).Leave("message", 30).End(34);

        Assert.That(CallFolder.Fold(call.CallSid, call.Events, Seoul).Outcome, Is.EqualTo(CallOutcome.AbandonedInQueue));
    }

    [Test]
    public void Fold_MessageAfterHours_StaysAfterHours()
    {
        var call = new CallScript("CA-after-hours", ScriptedDay.Morning).Arrive().AfterHours("vi", 10).End(60)
            .Add(CallEventTypes.MessageLeft, 61, ("language", "vi"), ("task", "0194"), ("seconds", "30"));

        Assert.That(CallFolder.Fold(call.CallSid, call.Events, Seoul).Outcome, Is.EqualTo(CallOutcome.AfterHours));
    }

    [Test]
    public void Fold_ArrivalEventLost_TakesStartAndNumbersFromTheStatusCallback()
    {
        // call.arrived is written after a new call's first answer, so a crash in between loses it; the status
        // callback's call.ended (numbers protected by the writer as for call.arrived) still makes the record whole.
        var call = new CallScript("CA-no-arrival", ScriptedDay.Morning).Language("vi", 20).Join("vi", 21)
            .Add(CallEventTypes.CallEnded, 95, ("status", "completed"), ("duration", "100"), ("fromHash", "0a0b"), ("to", "1345"));

        var record = CallFolder.Fold(call.CallSid, call.Events, Seoul);

        Assert.That(record.ArrivedAt, Is.EqualTo(ScriptedDay.Morning.AddSeconds(-5)));
        Assert.That(record.Dialed, Is.EqualTo("1345"));
        Assert.That(record.CallerHash, Is.EqualTo(new byte[] { 0x0a, 0x0b }));
        Assert.That(record.Outcome, Is.EqualTo(CallOutcome.AbandonedInQueue));
    }

    [Test]
    public void Fold_ArrivalAndStatusCallback_KeepsTheArrivalsStartAndNumbers()
    {
        var call = new CallScript("CA-both", ScriptedDay.Morning)
            .Add(CallEventTypes.CallArrived, 0, ("fromHash", "0102"), ("to", "1345"))
            .Add(CallEventTypes.CallEnded, 60, ("status", "completed"), ("duration", "75"), ("fromHash", "ffff"), ("to", "+8221345"));

        var record = CallFolder.Fold(call.CallSid, call.Events, Seoul);

        Assert.That(record.ArrivedAt, Is.EqualTo(ScriptedDay.Morning));
        Assert.That(record.Dialed, Is.EqualTo("1345"));
        Assert.That(record.CallerHash, Is.EqualTo(new byte[] { 0x01, 0x02 }));
    }
}
