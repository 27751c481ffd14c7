using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// Dials a client identity or a number as a child leg (Direction outbound-dial, ParentCallSid = the dialer):
/// no answer within timeout → no-answer, declined → busy, answered → bridged until either side hangs up.
/// A redirect or hang-up of the parent ends the child.
/// </summary>
internal static class DialPhone
{
    public static async Task<DialResult> RunAsync(string address, XElement? noun, XElement dial, TimeSpan timeout, VerbContext context)
    {
        var sim = context.Sim;
        var parent = context.Call;
        var events = noun?.Attr("statusCallbackEvent")?.Split(' ', ',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var setup = new CallSetup(dial.Attr("callerId") ?? parent.From, address, CallDirections.OutboundDial, sim.Parties.Resolve(address),
            parent.Sid, context.Resolve(noun?.Attr("statusCallback")), noun?.Attr("statusCallbackMethod") ?? "POST", events);
        var child = sim.Calls.Create(setup);
        try
        {
            if (!await sim.Legs.RingAsync(child, timeout, context.Token))
            {
                context.Token.ThrowIfCancellationRequested();
                return new DialResult(child.Status, child.Sid, 0, false);
            }
            sim.Notify(parent, PartyEventKind.Connected, child.Sid);
            sim.Notify(child, PartyEventKind.Connected, parent.Sid);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, sim.Clock, CancellationTokenSource.CreateLinkedTokenSource(context.Token, child.EndedToken).Token);
            }
            catch (OperationCanceledException) when (child.IsEnded && !context.Token.IsCancellationRequested)
            {
            }
            sim.Notify(parent, PartyEventKind.Disconnected, child.Sid);
            return new DialResult(CallStatuses.Completed, child.Sid, child.Duration, true);
        }
        finally
        {
            sim.EndCall(child, child.Status == CallStatuses.InProgress ? CallStatuses.Completed : CallStatuses.Canceled);
            child.MarkCompleted();
        }
    }
}
