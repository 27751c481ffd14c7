using Ivr.Server.Configuration;
using Ivr.Server.Menus;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using Twilio.TwiML;

namespace Ivr.Server.Ivr;

/// <summary>
/// A caller parked in &lt;Enqueue&gt;: the hold loop with position and expected wait from our queue (putting back in
/// line a caller the ACD forgot, see <see cref="HoldRejoin"/>), the way out the menu defines (a message:
/// <see cref="MessageFlow"/>), a full queue, and leaving the queue when the caller hangs up or leaves (their call's
/// end: <see cref="CallStatusCallback"/>).
/// </summary>
public sealed class HoldFlow(
    CallMenus menus,
    CallSessionStore sessions,
    QueueTwiml queueTwiml,
    IvrTwiml twiml,
    ICallerQueue queue,
    TimeProvider clock,
    HoldRejoin rejoin,
    CallbackBooking callbacks,
    MessageFlow messages,
    MaxWaitOffers maxWait)
{
    public async Task<TwiMLResult> HoldAsync(HttpContext context, TwilioVoiceRequest call, string language)
    {
        var (menu, snapshot, session) = await MenuAsync(call.CallSid, context.RequestAborted);
        var standing = await queue.GetStandingAsync(call.CallSid, context.RequestAborted);
        // Only Twilio's own hold request (it names the queue the caller is in) puts a caller back in line: a connected
        // caller is known to the ACD, and one who is not in Twilio's queue is not asked for; nor one who booked a callback,
        // and one leaving for a message stays out.
        var status = standing.Presence == QueuePresence.Unknown && call.QueueSid is { Length: > 0 } && session?.LeftFor is null &&
                     !await queue.HasCallbackAsync(call.CallSid, context.RequestAborted)
            ? await rejoin.RejoinAsync(call, language, menu, session)
            : standing.Status;
        var offer = maxWait.Prompt(menu, snapshot, language, status);
        var offerCallback = callbacks.Offers(menu, snapshot, language, status) && offer?.Key != PromptKeys.MaxWaitCallback;
        return new TwiMLResult(queueTwiml.Hold(context, menu, snapshot.Hours, language, status, offerCallback, offer));
    }

    public async Task<TwiMLResult> HoldKeyAsync(HttpContext context, TwilioVoiceRequest call, string language)
    {
        var (menu, snapshot, session) = await MenuAsync(call.CallSid, context.RequestAborted);
        var action = menu.HoldOptions.GetValueOrDefault(call.Digits ?? "") ?? "";
        if (MenuActions.TargetTag(action) is { } tag)
        {
            await queue.TagAsync(call.CallSid, tag, context.RequestAborted);
            await RememberTagAsync(session, tag);
            return new TwiMLResult(queueTwiml.Tagged(menu, snapshot.Hours, language, tag));
        }
        if (action == MenuActions.Message)
        {
            // Out of line at once (no counselor is rung for a caller on their way out); the queue's action records them.
            await queue.LeaveAsync(call.CallSid, MessageFlow.LeaveReason, CancellationToken.None);
            await RememberAsync(session, current => current with { LeftFor = MenuActions.Message });
            return new TwiMLResult(queueTwiml.Leave());
        }
        return action switch
        {
            MenuActions.Hours => new TwiMLResult(queueTwiml.HoursWhileWaiting(menu, snapshot.Hours, language)),
            MenuActions.Leave => new TwiMLResult(queueTwiml.Leave()),
            MenuActions.Callback => new TwiMLResult(await callbacks.AskAsync(context, call, language, menu, snapshot)),
            MenuActions.Overflow => new TwiMLResult(await maxWait.AcceptOverflowAsync(context, call, language, menu, snapshot)),
            // Anything else: back to the hold loop, which Twilio requests again when this document ends.
            _ => new TwiMLResult(new VoiceResponse()),
        };
    }

    /// <summary>The callback's number step (see <see cref="CallbackBooking"/>).</summary>
    public async Task<TwiMLResult> CallbackNumberAsync(HttpContext context, TwilioVoiceRequest call, string language, int attempt)
    {
        var (menu, snapshot, _) = await MenuAsync(call.CallSid, context.RequestAborted);
        return new TwiMLResult(await callbacks.BookAsync(context, call, language, attempt, menu, snapshot.Hours));
    }

    /// <summary>The &lt;Enqueue&gt; action: the caller left the queue, one way or another.</summary>
    public async Task<TwiMLResult> QueueResultAsync(HttpContext context, TwilioVoiceRequest call, string language)
    {
        var (menu, snapshot, session) = await MenuAsync(call.CallSid, context.RequestAborted);
        switch (call.QueueResult)
        {
            case "leave" when session?.LeftFor == MenuActions.Message:
                return await messages.StartAsync(context, call, language);
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
        var (menu, snapshot, session) = await MenuAsync(call.CallSid, context.RequestAborted);
        var action = menu.HoldOptions.GetValueOrDefault(call.Digits ?? "") ?? "";
        switch (action)
        {
            case MenuActions.Hours:
                var hours = queueTwiml.HoursWhileWaiting(menu, snapshot.Hours, language);
                return new TwiMLResult(hours.Redirect(twiml.Link(context, VoiceRoutes.Rejoin, new { language })));
            case MenuActions.Leave:
                return new TwiMLResult(twiml.Goodbye(menu, snapshot.Hours, language));
            case MenuActions.Message:
                return await messages.StartAsync(context, call, language);
        }
        // A tagging key (e.g. a victim of crime) joins with the tag.
        var tag = MenuActions.TargetTag(action);
        var now = clock.GetUtcNow();
        var joined = (await queue.JoinAsync(new QueueJoinRequest(call.CallSid, language, 0, tag is null ? [] : [tag], now), context.RequestAborted)).Outcome;
        if (joined == QueueJoinOutcome.Joined)
        {
            await RememberAsync(session, current => current with
            {
                QueuedAt = now,
                HoldTags = tag is null || current.HoldTags?.Contains(tag) == true ? current.HoldTags : [.. current.HoldTags ?? [], tag],
            });
        }
        return new TwiMLResult(joined == QueueJoinOutcome.Full
            ? queueTwiml.Full(context, menu, snapshot.Hours, language)
            : queueTwiml.Enqueue(context, menu, snapshot.Hours, language, tag));
    }

    private Task LeaveAsync(string callSid, string reason) => queue.LeaveAsync(callSid, reason, CancellationToken.None);

    private Task RememberTagAsync(CallSession? session, string tag) => RememberAsync(session, current =>
        current.HoldTags?.Contains(tag) == true ? current : current with { HoldTags = [.. current.HoldTags ?? [], tag] });

    // With the call, so that a caller the ACD forgets goes back in line at their place and with their tags (HoldRejoin).
    // A lost race with another write of the session is tried again on the session that won.
    private async Task RememberAsync(CallSession? session, Func<CallSession, CallSession> change)
    {
        for (var attempt = 0; attempt < 3 && session is not null; attempt++)
        {
            var next = change(session);
            if (next == session)
            {
                return;
            }
            var (applied, current) = await sessions.UpdateAsync(session, next, []);
            session = applied ? null : current;
        }
    }

    private Task<(MenuDefinition Menu, IvrSnapshot Snapshot, CallSession? Session)> MenuAsync(string callSid, CancellationToken cancellationToken) =>
        menus.ForCallAsync(callSid, cancellationToken);
}
