using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.Server.Tests.Faults;

/// <summary>A counselor's phone that rings until the test says "answer", so a fault can begin between the ring and the answer.</summary>
public sealed class AnswerWhenToldParty : IInteractiveParty
{
    private readonly TaskCompletionSource ringing = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ringing => ringing.Task;

    public void Answer() => answer.TrySetResult();

    public async Task<RingAnswer> WaitForRingAnswerAsync(SimCall call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ringing.TrySetResult();
        try
        {
            await answer.Task.WaitAsync(timeout, cancellationToken);
            return RingAnswer.Answer;
        }
        catch (TimeoutException)
        {
            return RingAnswer.Ignore;
        }
    }

    public RingDecision OnRing(SimCall call) => new(RingAnswer.Ignore, TimeSpan.Zero);

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) => null;

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
    }
}
