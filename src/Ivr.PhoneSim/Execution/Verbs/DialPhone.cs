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
            var answered = await RingAllAsync(children, timeout, context);
            context.Token.ThrowIfCancellationRequested();
            if (answered is null)
            {
                var status = children.All(c => c.Status == CallStatuses.Busy) ? CallStatuses.Busy : CallStatuses.NoAnswer;
                return new DialResult(status, children.Count == 1 ? children[0].Sid : null, 0, false);
            }
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

    private static async Task<SimCall?> RingAllAsync(IReadOnlyList<SimCall> children, TimeSpan timeout, VerbContext context)
    {
        using var ringing = CancellationTokenSource.CreateLinkedTokenSource(context.Token);
        var rings = children.Select(async child => await context.Sim.Legs.RingAsync(child, timeout, ringing.Token) ? child : null).ToList();
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

    private static CallSetup Setup(string address, XElement? noun, XElement dial, VerbContext context)
    {
        var events = noun?.Attr("statusCallbackEvent")?.Split(' ', ',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return new CallSetup(dial.Attr("callerId") ?? context.Call.From, address, CallDirections.OutboundDial, context.Sim.Parties.Resolve(address),
            context.Call.Sid, context.Resolve(noun?.Attr("statusCallback")), noun?.Attr("statusCallbackMethod") ?? "POST", events);
    }
}
