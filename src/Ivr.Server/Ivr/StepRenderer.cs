using Ivr.Server.Configuration;
using Ivr.Server.Menus;
using Ivr.Server.Queueing;
using Twilio.TwiML;

namespace Ivr.Server.Ivr;

/// <summary>Renders the interpreter's step as the TwiML the caller gets: for live calls and for previews alike.</summary>
public sealed class StepRenderer(IvrTwiml twiml, QueueTwiml queueTwiml)
{
    /// <param name="joined">The queue's answer when the step queued the caller; a full queue gets the way out.</param>
    public VoiceResponse Render(HttpContext context, MenuDefinition menu, IvrSnapshot snapshot, MenuStep step, QueueJoinOutcome? joined, int nextStep) =>
        step switch
        {
            GatherStep gather => twiml.Gather(context, menu, snapshot.Hours, gather, nextStep),
            QueueStep queue when joined is QueueJoinOutcome.Full => queueTwiml.Full(context, menu, snapshot.Hours, queue.Language),
            QueueStep queue => queueTwiml.Enqueue(context, menu, snapshot.Hours, queue.Language),
            AfterHoursStep afterHours => twiml.AfterHours(context, menu, snapshot.Hours, afterHours, nextStep),
            ClosedStep closed => twiml.Closed(menu, snapshot.Hours, closed),
            HangupStep hangup => twiml.Goodbye(menu, snapshot.Hours, hangup.Language),
            _ => throw new InvalidOperationException($"Unknown menu step {step.GetType().Name}."),
        };
}
