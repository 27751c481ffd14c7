using Ivr.Acd.Events;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Properties;

public sealed class EnginePropertyTests
{
#pragma warning disable NUnit1027 // FsCheck, not NUnit, supplies the generated argument.
    [FsCheck.NUnit.Property(MaxTest = 40, EndSize = 300, QuietOnSuccess = true)]
    public void AnyOperationSequence_KeepsCountersIndexesAndReservationsConsistent(byte[] operations) =>
        CheckAsync(operations, OperationSequence.Even).GetAwaiter().GetResult();

    [FsCheck.NUnit.Property(MaxTest = 40, EndSize = 600, QuietOnSuccess = true)]
    public void AnyCallbackHeavySequence_MatchesNothingTwiceAndLosesNothing(byte[] operations) =>
        CheckAsync(operations, OperationSequence.CallbackHeavy).GetAwaiter().GetResult();
#pragma warning restore NUnit1027

    private static async Task CheckAsync(byte[] operations, IReadOnlyList<int> mix)
    {
        await using var bed = new AcdTestBed(LoadRules.Settings);
        var sequence = new OperationSequence(bed, mix);
        await sequence.SetUpCounselorsAsync();
        for (var i = 0; i + 2 < operations.Length; i += 3)
        {
            await sequence.ApplyAsync(operations[i], operations[i + 1], operations[i + 2]);
        }

        Assert.That(await bed.ViolationsAsync(), Is.Empty);
        var events = await bed.EventsAsync();
        Assert.That(EventReplay.DoubleAssignments(events), Is.Empty);
        var answered = events.Where(e => e.Type == CallEventTypes.Answered).Select(e => e.CallSid).ToHashSet();
        foreach (var callSid in sequence.Joined)
        {
            var present = await bed.Engine.GetCallerStatusAsync(callSid) is not null;
            Assert.That(present || answered.Contains(callSid) || sequence.HungUp.Contains(callSid) || sequence.AskedForCallback.Contains(callSid),
                Is.True, $"{callSid} was lost");
        }
        var ended = events.Where(e => e.Type is CallEventTypes.CallbackConnected or CallEventTypes.CallbackFailed or CallEventTypes.CallbackCancelled)
            .Select(e => e.CallSid).ToHashSet();
        foreach (var callbackId in sequence.Callbacks)
        {
            var present = await bed.Engine.GetCallbackAsync(callbackId) is not null;
            Assert.That(present || ended.Contains(callbackId), Is.True, $"callback {callbackId} was lost");
        }
    }
}
