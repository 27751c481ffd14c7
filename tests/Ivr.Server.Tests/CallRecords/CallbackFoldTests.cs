using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Folding;
using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>A callback's own row folded from the ACD's event sequences (<see cref="ScriptedCallbacks"/>).</summary>
public sealed class CallbackFoldTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    [Test]
    public void Fold_NotAnsweredThenConnected_IsCompletedWithTwoAttemptsTimeToCallbackAndTalk()
    {
        var record = Fold("cb-CA-K");

        Assert.That((record.Outcome, record.CallbackOf, record.Language), Is.EqualTo((CallOutcome.CallbackCompleted, "CA-K", "vi")));
        Assert.That((record.CallbackAttempts, record.Counselor, record.CallbackDialled), Is.EqualTo(((int?)2, "c1", "CA-dial-K2")));
        Assert.That(record.ArrivedAt, Is.EqualTo(ScriptedCallbacks.Start.AddSeconds(60)), "arrival is the request");
        Assert.That(record.TimeToCallbackSeconds, Is.EqualTo(820));
        Assert.That((record.TalkSeconds, record.WrapUpSeconds), Is.EqualTo(((double?)180, (double?)30)));
        Assert.That((record.ResidencyStatus, record.Topic), Is.EqualTo(("E-9", "VISA")));
        Assert.That((record.Day, record.Hour), Is.EqualTo((ScriptedDay.Day, (short)11)));
    }

    [Test]
    public void Fold_EveryAttemptFailed_IsFailedAfterItsAttempts()
    {
        var record = Fold("cb-CA-L");

        Assert.That((record.Outcome, record.CallbackAttempts, record.TimeToCallbackSeconds, record.AnsweredAt),
            Is.EqualTo((CallOutcome.CallbackFailed, (int?)2, (double?)null, (DateTimeOffset?)null)));
        Assert.That(record.Counselor, Is.Null, "nobody took it");
    }

    [Test]
    public void Fold_Cancelled_IsCancelledWithNoAttempt()
    {
        var record = Fold("cb-CA-M");

        Assert.That((record.Outcome, record.Language, record.CallbackAttempts), Is.EqualTo((CallOutcome.CallbackCancelled, "en", (int?)0)));
    }

    [Test]
    public void Fold_CarriedOverToTheNextOpening_IsPending()
    {
        Assert.That(Fold("cb-CA-N").Outcome, Is.EqualTo(CallOutcome.CallbackPending));
    }

    [Test]
    public void Fold_OriginalCall_LeftTheLineForACallbackNotAbandoned()
    {
        var original = ScriptedCallbacks.Calls().Single(call => call.CallSid == "CA-K");

        var record = CallFolder.Fold(original.CallSid, original.Events, Seoul);

        Assert.That((record.Outcome, record.QueueLeaveReason, record.CallbackOf), Is.EqualTo((CallOutcome.Callback, "callback", (string?)null)));
    }

    [Test]
    public void Fold_ReversedDuplicatedAndRequestArrivingLast_GivesTheSameRow()
    {
        var callback = ScriptedCallbacks.Calls().Single(call => call.CallSid == "cb-CA-K");
        var inOrder = CallFolder.Fold(callback.CallSid, callback.Events, Seoul);

        var shuffled = CallFolder.Fold(callback.CallSid, callback.Events.Skip(1).Reverse().Concat(callback.Events.Take(3)), Seoul);

        Assert.That(shuffled, Is.EqualTo(inOrder).UsingPropertiesComparer());
    }

    [Test]
    public void Fold_OnlyTheConversationsEventsStoredYet_IsStillACallbackNeverAnArrival()
    {
        // The callback.* events are late (another batch): the id alone makes the row a callback's.
        var callback = ScriptedCallbacks.Calls().Single(call => call.CallSid == "cb-CA-K");

        var record = CallFolder.Fold(callback.CallSid, callback.Events.Where(e => !e.Type.StartsWith("callback.", StringComparison.Ordinal)), Seoul);

        Assert.That((record.CallbackOf, record.Outcome), Is.EqualTo(("CA-K", CallOutcome.CallbackPending)));
    }

    [Test]
    public void Fold_ConnectedEventLost_CountsTheAttemptsTheOtherEventsName()
    {
        var callback = ScriptedCallbacks.Calls().Single(call => call.CallSid == "cb-CA-K");

        var record = CallFolder.Fold(callback.CallSid, callback.Events.Where(e => e.Type != CallEventTypes.CallbackConnected), Seoul);

        Assert.That((record.CallbackAttempts, record.Outcome), Is.EqualTo(((int?)2, CallOutcome.CallbackPending)));
    }

    private static CallRecord Fold(string callSid)
    {
        var call = ScriptedCallbacks.Calls().Single(script => script.CallSid == callSid);
        return CallFolder.Fold(call.CallSid, call.Events, Seoul);
    }
}
