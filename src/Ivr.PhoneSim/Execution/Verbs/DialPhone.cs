using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// Dials client identities and numbers as child legs (Direction outbound-dial, ParentCallSid = the dialer). Several
/// nouns ring at once; the first to answer is bridged and the others are canceled. Nobody answering within the
/// timeout → no-answer; everyone declining → busy. A redirect or hang-up of the parent ends the child; a REST
/// redirect of the child takes it out of the Dial (the parent moves on) to run its new TwiML.
/// </summary>
internal static class DialPhone
{
    public static async Task<DialResult> RunAsync(IReadOnlyList<(string Address, XElement? Noun)> targets, XElement dial, TimeSpan timeout, VerbContext context)
    {
        var sim = context.Sim;
        var parent = context.Call;
        var children = targets.Select(t => sim.Calls.Create(Setup(t.Address, t.Noun, dial, context))).ToList();
        try
        {
            var answered = await RingAllAsync(children, targets, timeout, context);
            context.Token.ThrowIfCancellationRequested();
            if (answered is null)
            {
                var status = children.All(c => c.Status == CallStatuses.Busy) ? CallStatuses.Busy : CallStatuses.NoAnswer;
                return new DialResult(status, children.Count == 1 ? children[0].Sid : null, 0, false);
            }
            sim.Record(Journal.SimEventKinds.Bridged, parent, ("with", answered.Sid));
            sim.Notify(parent, PartyEventKind.Connected, answered.Sid);
            sim.Notify(answered, PartyEventKind.Connected, parent.Sid);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.Token, answered.EndedToken, answered.DetachedToken);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, sim.Clock, either.Token);
            }
            catch (OperationCanceledException) when ((answered.IsEnded || answered.IsDetached) && !context.Token.IsCancellationRequested)
            {
            }
            sim.Notify(parent, PartyEventKind.Disconnected, answered.Sid);
            return new DialResult(CallStatuses.Completed, answered.Sid, answered.Duration, true);
        }
        finally
        {
            foreach (var child in children.Where(c => !c.IsDetached))
            {
                sim.EndCall(child, child.Status == CallStatuses.InProgress ? CallStatuses.Completed : CallStatuses.Canceled);
                child.MarkCompleted();
            }
        }
    }

    private static async Task<SimCall?> RingAllAsync(IReadOnlyList<SimCall> children, IReadOnlyList<(string Address, XElement? Noun)> targets, TimeSpan timeout, VerbContext context)
    {
        using var ringing = CancellationTokenSource.CreateLinkedTokenSource(context.Token);
        var rings = children.Select((child, i) => RingOneAsync(child, targets[i].Noun, timeout, context, ringing.Token)).ToList();
        while (rings.Count > 0)
        {
            var done = await Task.WhenAny(rings);
            rings.Remove(done);
            if (await done is { } answered)
            {
                await ringing.CancelAsync();
                await Task.WhenAll(rings);
                return answered;
            }
        }
        return null;
    }

    /// <summary>Rings one leg; with a noun <c>url</c>, that TwiML runs on the answered leg first (whisper or screening): a hang-up there counts as not answered.</summary>
    private static async Task<SimCall?> RingOneAsync(SimCall child, XElement? noun, TimeSpan timeout, VerbContext context, CancellationToken token)
    {
        if (!await context.Sim.Legs.RingAsync(child, timeout, token))
        {
            return null;
        }
        if (context.Resolve(noun?.Attr("url")) is not { } url)
        {
            return child;
        }
        using var whisper = CancellationTokenSource.CreateLinkedTokenSource(token, child.EndedToken);
        try
        {
            Instruction? next = Instruction.Fetch(url, noun!.Attr("method"));
            while (next is not null)
            {
                var document = await context.Sim.Executor.FetchAsync(child, next, null, whisper.Token);
                var outcome = await context.Sim.Executor.RunDocumentAsync(child, document, whisper.Token, null);
                if (outcome.Kind == VerbOutcomeKind.Hangup)
                {
                    context.Sim.EndCall(child, CallStatuses.Completed);
                    return null;
                }
                next = outcome.Kind == VerbOutcomeKind.Navigate ? outcome.Next : null;
            }
            return child.IsEnded ? null : child;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (Webhooks.WebhookFailure failure)
        {
            context.Sim.Fail(child, failure);
            return null;
        }
    }

    private static CallSetup Setup(string address, XElement? noun, XElement dial, VerbContext context)
    {
        var events = noun?.Attr("statusCallbackEvent")?.Split(' ', ',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return new CallSetup(dial.Attr("callerId") ?? context.Call.From, address, CallDirections.OutboundDial, context.Sim.Parties.Resolve(address),
            context.Call.Sid, context.Resolve(noun?.Attr("statusCallback")), noun?.Attr("statusCallbackMethod") ?? "POST", events);
    }
}
