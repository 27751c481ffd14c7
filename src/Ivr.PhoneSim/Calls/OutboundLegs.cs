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
        if (!await RingAsync(call, TimeSpan.FromSeconds(call.Setup.RingTimeoutSeconds), CancellationToken.None))
        {
            call.MarkCompleted();
            return;
        }
        if (call.Setup.MachineDetection is { Async: false } amd)
        {
            // Synchronous AMD: the Url is requested once detection ends, with AnsweredBy and MachineDetectionDuration.
            try
            {
                instruction = instruction with { Parameters = await DetectAsync(call, amd, call.EndedToken) };
            }
            catch (OperationCanceledException)
            {
                call.MarkCompleted();
                return;
            }
        }
        else if (call.Setup.MachineDetection is { } asyncAmd)
        {
            sim.Track(DetectAsyncAmdAsync(call, asyncAmd));
        }
        await sim.Executor.RunAsync(call, instruction);
    }

    private async Task<Dictionary<string, string>> DetectAsync(SimCall call, MachineDetectionSetup amd, CancellationToken cancellationToken)
    {
        var (answeredBy, after) = MachineDetection.Detect(call.Party, amd);
        await Task.Delay(after, sim.Clock, cancellationToken);
        call.AnsweredBy = answeredBy;
        sim.Record(Journal.SimEventKinds.CallStatus, call, ("event", "machine-detection"), ("answeredBy", answeredBy));
        return new Dictionary<string, string>
        {
            ["AnsweredBy"] = answeredBy,
            ["MachineDetectionDuration"] = ((int)after.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>AsyncAmd: the TwiML runs at once; the verdict goes to AsyncAmdStatusCallback with CallSid and AccountSid.</summary>
    private async Task DetectAsyncAmdAsync(SimCall call, MachineDetectionSetup amd)
    {
        try
        {
            var parameters = await DetectAsync(call, amd, call.EndedToken);
            if (amd.AsyncCallback is { } url)
            {
                parameters["CallSid"] = call.Sid;
                parameters["AccountSid"] = sim.Options.AccountSid;
                await sim.Webhooks.SendAsync(call.Sid, url, amd.AsyncCallbackMethod, parameters, CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Webhooks.WebhookFailure failure)
        {
            sim.RecordError(call, failure.Code, "AsyncAmdStatusCallback: " + failure.Message);
        }
    }
}
