using System.Globalization;
using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Queues;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// &lt;Dial&gt;&lt;Queue url=...&gt;name&lt;/Queue&gt;&lt;/Dial&gt;: bridges to the front member, waiting for one until the Dial
/// timeout. The member first hears the url TwiML (Play, Say, Pause). An unknown queue fails.
/// </summary>
internal static class DialQueue
{
    public static async Task<DialResult> RunAsync(XElement noun, TimeSpan timeout, VerbContext context)
    {
        var sim = context.Sim;
        var queue = sim.Queues.FindByName(noun.Value.Trim());
        if (queue is null)
        {
            return new DialResult(CallStatuses.Failed, null, null, false);
        }
        var take = queue.TakeFrontAsync(sim.Clock.GetUtcNow());
        try
        {
            await take.WaitAsync(timeout, sim.Clock, context.Token);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            queue.CancelTake(take);
            // A member may have been handed over just as the wait ended: put it back rather than lose it.
            if (take.IsCompletedSuccessfully && context.Token.IsCancellationRequested)
            {
                queue.ReturnToFront(take.Result);
            }
            context.Token.ThrowIfCancellationRequested();
            if (!take.IsCompletedSuccessfully)
            {
                return new DialResult(CallStatuses.NoAnswer, null, null, false);
            }
        }
        var member = take.Result;
        var queueTime = (int)(sim.Clock.GetUtcNow() - member.EnqueuedAt).TotalSeconds;
        var bridge = new Bridge();
        if (!member.TryDequeue(new DequeueOrder(null, context.Call, context.Resolve(noun.Attr("url")), bridge)))
        {
            return new DialResult(CallStatuses.Failed, member.Call.Sid, null, false);
        }
        await bridge.Connected.WaitAsync(context.Token);
        sim.Notify(context.Call, PartyEventKind.Connected, member.Call.Sid);
        await bridge.HoldAsync(context.Token);
        sim.Notify(context.Call, PartyEventKind.Disconnected, member.Call.Sid);
        var duration = bridge.ConnectedAt is { } at ? (int)(sim.Clock.GetUtcNow() - at).TotalSeconds : 0;
        var extra = new Dictionary<string, string>
        {
            ["QueueSid"] = queue.Sid,
            ["QueueTime"] = queueTime.ToString(CultureInfo.InvariantCulture),
        };
        return new DialResult(CallStatuses.Completed, member.Call.Sid, duration, bridge.ConnectedAt is not null, extra);
    }
}
