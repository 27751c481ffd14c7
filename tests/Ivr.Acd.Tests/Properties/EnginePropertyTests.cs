using Ivr.Acd.Events;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Properties;

public sealed class EnginePropertyTests
{
#pragma warning disable NUnit1027 // FsCheck, not NUnit, supplies the generated argument.
    [FsCheck.NUnit.Property(MaxTest = 40, EndSize = 300, QuietOnSuccess = true)]
    public void AnyOperationSequence_KeepsCountersIndexesAndReservationsConsistent(byte[] operations) =>
        CheckAsync(operations).GetAwaiter().GetResult();
#pragma warning restore NUnit1027

    private static async Task CheckAsync(byte[] operations)
    {
        await using var bed = new AcdTestBed(LoadRules.Settings);
        var sequence = new OperationSequence(bed);
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
            Assert.That(present || answered.Contains(callSid) || sequence.HungUp.Contains(callSid), Is.True, $"{callSid} was lost");
        }
    }
}
