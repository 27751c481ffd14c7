using System.Globalization;
using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Queues;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// What an enqueued caller hears: the waitUrl document, re-requested each time it runs out of verbs, with
/// QueuePosition, QueueSid, QueueTime, AvgQueueTime, CurrentQueueSize and MaxQueueSize. A Redirect or Gather
/// action inside it is followed, then the loop returns to waitUrl. Only Play, Say, Pause, Hangup, Redirect, Leave
/// and Gather are allowed. Without waitUrl Twilio plays its hold music; waitUrl="" is silence.
/// </summary>
internal sealed class EnqueueWaitLoop(SimQueue queue, QueueMember member, XElement enqueue, VerbContext context)
{
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal) { "Play", "Say", "Pause", "Hangup", "Redirect", "Leave", "Gather" };

    public async Task<VerbOutcome> RunAsync()
    {
        var waitUrl = context.Resolve(enqueue.Attr("waitUrl"));
        if (waitUrl is null)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.Sim.Clock, context.Token);
        }
        var waitInstruction = Instruction.Fetch(waitUrl!, enqueue.Attr("waitUrlMethod"));
        Instruction? next = null;
        while (true)
        {
            var started = context.Sim.Clock.GetUtcNow();
            var document = await context.Sim.Executor.FetchAsync(context.Call, next ?? waitInstruction, QueueParameters(), context.Token);
            var outcome = await context.Sim.Executor.RunDocumentAsync(context.Call, document, context.Token, Allowed);
            if (outcome.Kind is VerbOutcomeKind.Leave or VerbOutcomeKind.Hangup)
            {
                return outcome;
            }
            next = outcome.Kind == VerbOutcomeKind.Navigate ? outcome.Next : null;
            if (context.Sim.Clock.GetUtcNow() - started < TimeSpan.FromSeconds(1))
            {
                // A document that takes no time would be re-requested in a tight loop; real audio never does that.
                await context.DelayAsync(TimeSpan.FromSeconds(1));
            }
        }
    }

    private Dictionary<string, string> QueueParameters()
    {
        var now = context.Sim.Clock.GetUtcNow();
        return new Dictionary<string, string>
        {
            ["QueuePosition"] = Text(Math.Max(1, queue.PositionOf(member))),
            ["QueueSid"] = queue.Sid,
            ["QueueTime"] = Text((int)(now - member.EnqueuedAt).TotalSeconds),
            ["AvgQueueTime"] = Text(queue.AverageWaitSeconds),
            ["CurrentQueueSize"] = Text(queue.CurrentSize),
            ["MaxQueueSize"] = Text(queue.MaxSize),
        };
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
