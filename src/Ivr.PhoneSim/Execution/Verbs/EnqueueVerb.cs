using System.Globalization;
using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Queues;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// &lt;Enqueue&gt;: the caller waits in the named queue (created on first use) hearing the waitUrl loop, until a
/// &lt;Dial&gt;&lt;Queue&gt; bridges it, a REST member update redirects it, &lt;Leave&gt;, or a hang-up. The action URL then
/// gets QueueResult (bridged, redirected, leave, hangup, queue-full), QueueSid and QueueTime. After a REST
/// redirect the action is a notification: the member-update URL controls the call (Twilio leaves this open).
/// </summary>
public sealed class EnqueueVerb : IVerb
{
    public string Name => "Enqueue";

    public async Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context)
    {
        var sim = context.Sim;
        var call = context.Call;
        var queue = sim.Queues.GetOrCreate(element.Value.Trim());
        var member = queue.TryAdd(call, sim.Clock.GetUtcNow());
        if (member is null)
        {
            return After(element, context, "queue-full", null, null);
        }
        call.QueueSid = queue.Sid;
        sim.Record(SimEventKinds.Queue, call, ("event", "enqueued"), ("queue", queue.FriendlyName), ("queueSid", queue.Sid));
        sim.Notify(call, PartyEventKind.Enqueued, queue.FriendlyName);

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(context.Token);
        var waitLoop = new EnqueueWaitLoop(queue, member, element, context with { Token = waiting.Token }).RunAsync();
        var bridged = false;
        try
        {
            var first = await Task.WhenAny(member.Dequeued, waitLoop);
            if (first == waitLoop)
            {
                var outcome = await waitLoop;
                queue.Remove(member, sim.Clock.GetUtcNow());
                sim.Notify(call, PartyEventKind.Dequeued, null);
                return outcome.Kind == VerbOutcomeKind.Hangup ? outcome : After(element, context, "leave", queue, member);
            }
            await waiting.CancelAsync();
            await IgnoreCancellation(waitLoop);
            var order = await member.Dequeued;
            sim.Record(SimEventKinds.Queue, call, ("event", "dequeued"), ("queue", queue.FriendlyName), ("by", order.Dialer?.Sid ?? "rest"));
            sim.Notify(call, PartyEventKind.Dequeued, order.Dialer?.Sid);
            if (order.Redirect is { } redirect)
            {
                Notify(element, context, "redirected", queue, member);
                return VerbOutcome.Navigate(redirect);
            }
            bridged = true;
            await BridgeAsync(order, context);
            return After(element, context, "bridged", queue, member);
        }
        catch (Webhooks.WebhookFailure)
        {
            queue.Remove(member, sim.Clock.GetUtcNow());
            throw;
        }
        catch (OperationCanceledException)
        {
            queue.Remove(member, sim.Clock.GetUtcNow());
            Notify(element, context, bridged ? "bridged" : call.IsEnded ? "hangup" : "redirected", queue, member);
            throw;
        }
        finally
        {
            call.QueueSid = null;
        }
    }

    private static async Task BridgeAsync(DequeueOrder order, VerbContext context)
    {
        var bridge = order.Bridge!;
        try
        {
            if (order.BridgeUrl is { } url)
            {
                var document = await context.Sim.Executor.FetchAsync(context.Call, Instruction.Fetch(url), new Dictionary<string, string>
                {
                    ["DequeingCallSid"] = order.Dialer?.Sid ?? "",
                }, context.Token);
                await context.Sim.Executor.RunDocumentAsync(context.Call, document, context.Token, new HashSet<string> { "Play", "Say", "Pause" });
            }
            bridge.Connect(context.Sim.Clock.GetUtcNow());
            context.Sim.Record(SimEventKinds.Bridged, context.Call, ("with", order.Dialer?.Sid));
            context.Sim.Notify(context.Call, PartyEventKind.Connected, order.Dialer?.Sid);
            await bridge.HoldAsync(context.Token);
            context.Sim.Notify(context.Call, PartyEventKind.Disconnected, order.Dialer?.Sid);
        }
        finally
        {
            bridge.Break();
        }
    }

    private static VerbOutcome After(XElement element, VerbContext context, string result, SimQueue? queue, QueueMember? member)
    {
        if (context.Resolve(element.Attr("action")) is not { } action)
        {
            return VerbOutcome.Continue;
        }
        return VerbOutcome.Navigate(Instruction.Fetch(action, element.Attr("method"), ActionParameters(context, result, queue, member)));
    }

    private static void Notify(XElement element, VerbContext context, string result, SimQueue queue, QueueMember member)
    {
        if (context.Resolve(element.Attr("action")) is { } action)
        {
            var instruction = Instruction.Fetch(action, element.Attr("method"), ActionParameters(context, result, queue, member));
            context.Sim.Track(NotifyAsync(context, instruction));
        }
    }

    private static async Task NotifyAsync(VerbContext context, Instruction instruction)
    {
        try
        {
            await context.Sim.Executor.FetchAsync(context.Call, instruction, null, CancellationToken.None);
        }
        catch (Webhooks.WebhookFailure failure)
        {
            context.Sim.RecordError(context.Call, failure.Code, "Enqueue action: " + failure.Message);
        }
    }

    private static Dictionary<string, string> ActionParameters(VerbContext context, string result, SimQueue? queue, QueueMember? member)
    {
        var parameters = new Dictionary<string, string> { ["QueueResult"] = result };
        if (queue is not null && member is not null)
        {
            parameters["QueueSid"] = queue.Sid;
            parameters["QueueTime"] = ((int)(context.Sim.Clock.GetUtcNow() - member.EnqueuedAt).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
        return parameters;
    }

    private static async Task IgnoreCancellation(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }
}
