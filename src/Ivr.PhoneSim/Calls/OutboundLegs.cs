using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Calls;

/// <summary>Places outgoing legs (REST Calls create, &lt;Dial&gt; nouns, conference participants) and rings the party at the other end.</summary>
public sealed class OutboundLegs(SimulatedTwilio sim)
{
    /// <summary>A REST-created call: rings To, and once answered runs the given TwiML.</summary>
    public SimCall StartApiCall(CallSetup setup, Instruction instruction)
    {
        var call = sim.Calls.Create(setup);
        sim.Track(RunApiCallAsync(call, instruction));
        return call;
    }

    /// <summary>Rings the party; true once it answered. Ends the call busy, no-answer or canceled otherwise.</summary>
    public async Task<bool> RingAsync(SimCall call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        sim.SetStatus(call, CallStatuses.Initiated);
        sim.SetStatus(call, CallStatuses.Ringing);
        sim.Record(Journal.SimEventKinds.Counselor, call, ("event", "ringing"), ("to", call.To), ("parent", call.Setup.ParentCallSid));
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.EndedToken);
        try
        {
            var decision = call.Party is IInteractiveParty person
                ? new RingDecision(await person.WaitForRingAnswerAsync(call, timeout, linked.Token), TimeSpan.Zero)
                : call.Party.OnRing(call);
            if (decision.Answer == RingAnswer.Ignore && call.Party is IInteractiveParty)
            {
                sim.EndCall(call, CallStatuses.NoAnswer);
                return false;
            }
            if (decision.Answer == RingAnswer.Ignore || decision.Delay >= timeout)
            {
                await Task.Delay(timeout, sim.Clock, linked.Token);
                sim.EndCall(call, CallStatuses.NoAnswer);
                return false;
            }
            await Task.Delay(decision.Delay, sim.Clock, linked.Token);
            if (decision.Answer == RingAnswer.Decline)
            {
                sim.EndCall(call, CallStatuses.Busy);
                return false;
            }
            sim.Answer(call);
            return !call.IsEnded;
        }
        catch (OperationCanceledException)
        {
            sim.EndCall(call, CallStatuses.Canceled);
            return false;
        }
    }

    private async Task RunApiCallAsync(SimCall call, Instruction instruction)
    {
        if (await RingAsync(call, TimeSpan.FromSeconds(call.Setup.RingTimeoutSeconds), CancellationToken.None))
        {
            await sim.Executor.RunAsync(call, instruction);
        }
        else
        {
            call.MarkCompleted();
        }
    }
}
