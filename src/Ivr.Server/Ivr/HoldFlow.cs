using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.Menus;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using StackExchange.Redis;
using Twilio.TwiML;

namespace Ivr.Server.Ivr;

/// <summary>
/// A caller parked in &lt;Enqueue&gt;: the hold loop with position and expected wait from our queue, the way
/// out the menu defines, a full queue, and leaving the queue when the caller hangs up or leaves.
/// </summary>
public sealed class HoldFlow(
    ConfigurationCache configuration,
    CallSessionStore sessions,
    QueueTwiml queueTwiml,
    IvrTwiml twiml,
    IConnectionMultiplexer redis,
    ContactCenterKeys keys,
    TimeProvider clock,
    IServiceProvider services)
{
    private static readonly HashSet<string> Ended = ["completed", "busy", "failed", "no-answer", "canceled"];

    private ICallerQueue? Queue => services.GetService<ICallerQueue>();

    public async Task<TwiMLResult> HoldAsync(HttpContext context, TwilioVoiceRequest call, string language)
    {
        var (menu, snapshot) = await MenuAsync(call.CallSid, context.RequestAborted);
        var status = Queue is { } queue ? (await queue.GetStandingAsync(call.CallSid, context.RequestAborted)).Status : null;
        return new TwiMLResult(queueTwiml.Hold(context, menu, snapshot.Hours, language, status));
    }

    public async Task<TwiMLResult> HoldKeyAsync(HttpContext context, TwilioVoiceRequest call, string language)
    {
        var (menu, snapshot) = await MenuAsync(call.CallSid, context.RequestAborted);
        var action = menu.HoldOptions.GetValueOrDefault(call.Digits ?? "") ?? "";
        if (MenuActions.TargetTag(action) is { } tag)
        {
            if (Queue is { } queue)
            {
                await queue.TagAsync(call.CallSid, tag, context.RequestAborted);
            }
            return new TwiMLResult(queueTwiml.Tagged(menu, snapshot.Hours, language, tag));
        }
        return action switch
        {
            MenuActions.Hours => new TwiMLResult(queueTwiml.HoursWhileWaiting(menu, snapshot.Hours, language)),
            MenuActions.Leave => new TwiMLResult(queueTwiml.Leave()),
            // Anything else: back to the hold loop, which Twilio requests again when this document ends.
            _ => new TwiMLResult(new VoiceResponse()),
        };
    }

    /// <summary>The &lt;Enqueue&gt; action: the caller left the queue, one way or another.</summary>
    public async Task<TwiMLResult> QueueResultAsync(HttpContext context, TwilioVoiceRequest call, string language)
    {
        var (menu, snapshot) = await MenuAsync(call.CallSid, context.RequestAborted);
        switch (call.QueueResult)
        {
            case "hangup" or "system-error":
                await LeaveAsync(call.CallSid, "hangup");
                return new TwiMLResult(new VoiceResponse().Hangup());
            case "leave":
                await LeaveAsync(call.CallSid, "left");
                return new TwiMLResult(twiml.Goodbye(menu, snapshot.Hours, language));
            case "queue-full" or "error":
                await LeaveAsync(call.CallSid, call.QueueResult);
                return new TwiMLResult(queueTwiml.Full(context, menu, snapshot.Hours, language));
            default:
                // bridged, redirected, ...: the counselor's side controls the call now.
                return new TwiMLResult(new VoiceResponse());
        }
    }

    /// <summary>After "the queue is full": a way-out key, or (no key) another try at joining.</summary>
    public async Task<TwiMLResult> RejoinAsync(HttpContext context, TwilioVoiceRequest call, string language)
    {
        var (menu, snapshot) = await MenuAsync(call.CallSid, context.RequestAborted);
        var action = menu.HoldOptions.GetValueOrDefault(call.Digits ?? "") ?? "";
        switch (action)
        {
            case MenuActions.Hours:
                var hours = queueTwiml.HoursWhileWaiting(menu, snapshot.Hours, language);
                return new TwiMLResult(hours.Redirect(twiml.Link(context, VoiceRoutes.Rejoin, new { language })));
            case MenuActions.Leave:
                return new TwiMLResult(twiml.Goodbye(menu, snapshot.Hours, language));
        }
        // A tagging key (e.g. a victim of crime) joins with the tag.
        var tag = MenuActions.TargetTag(action);
        var joined = Queue is { } queue
            ? (await queue.JoinAsync(new QueueJoinRequest(call.CallSid, language, 0, tag is null ? [] : [tag], clock.GetUtcNow()), context.RequestAborted)).Outcome
            : QueueJoinOutcome.Full;
        return new TwiMLResult(joined == QueueJoinOutcome.Full
            ? queueTwiml.Full(context, menu, snapshot.Hours, language)
            : queueTwiml.Enqueue(context, menu, snapshot.Hours, language, tag));
    }

    /// <summary>Call status callback: when the call is over, take it out of the queue and record the end.</summary>
    public async Task StatusAsync(TwilioVoiceRequest call)
    {
        if (call.CallStatus is not { } status || !Ended.Contains(status))
        {
            return;
        }
        await LeaveAsync(call.CallSid, "hangup");
        await CallEventStream.AppendAsync(redis.GetDatabase(), keys, new CallEvent(
            $"{call.CallSid}:ended", CallEventTypes.CallEnded, call.CallSid, clock.GetUtcNow(), new Dictionary<string, string>
            {
                ["status"] = status,
                ["duration"] = call.CallDuration?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                // Twilio's final word on the call repeats the numbers, so the record has them even if call.arrived was lost.
                ["from"] = call.From ?? "",
                ["to"] = call.To ?? "",
            }));
    }

    private async Task LeaveAsync(string callSid, string reason)
    {
        if (Queue is { } queue)
        {
            await queue.LeaveAsync(callSid, reason, CancellationToken.None);
        }
    }

    private async Task<(MenuDefinition Menu, IvrSnapshot Snapshot)> MenuAsync(string callSid, CancellationToken cancellationToken)
    {
        var snapshot = await configuration.GetAsync(cancellationToken);
        var session = await sessions.GetAsync(callSid);
        var menu = session is null ? null : await configuration.GetMenuAsync(session.MenuVersion, cancellationToken);
        return (menu ?? snapshot.ActiveMenu, snapshot);
    }
}
