using Ivr.Server.FollowUps;
using Ivr.Server.Menus;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using Twilio.TwiML;

namespace Ivr.Server.Ivr;

/// <summary>
/// A caller leaves a message in their language: from the hold loop's key (after <c>&lt;Leave&gt;</c>), from a full
/// queue's way out, after hours, or sent here by whatever ends a wait (the <c>/twilio/voice/message</c> route, for
/// the maximum wait). They leave the queue as <see cref="LeaveReason"/>, not as abandoned, and are recorded; the
/// recording's status callback makes the follow-up task (<see cref="MessageIntake"/>).
/// </summary>
public sealed class MessageFlow(CallMenus menus, ICallerQueue queue, MessageTwiml twiml, CallerNumbers numbers, MenuFlow menuFlow)
{
    /// <summary>The queue's leave reason (<c>queue.left</c>): the caller left the line to leave a message.</summary>
    public const string LeaveReason = "message";

    /// <summary>The entry point: out of the queue (if in it) and into the recording.</summary>
    public async Task<TwiMLResult> StartAsync(HttpContext context, TwilioVoiceRequest call, string language)
    {
        var (menu, snapshot, _) = await menus.ForCallAsync(call.CallSid, context.RequestAborted);
        await queue.LeaveAsync(call.CallSid, LeaveReason, CancellationToken.None);
        return new TwiMLResult(twiml.Record(context, menu, snapshot.Hours, language, numbers.Protect(call.From)));
    }

    /// <summary>Record's action: saved, or nothing recorded; after a hang-up Twilio runs no more TwiML.</summary>
    public async Task<TwiMLResult> RecordedAsync(HttpContext context, TwilioVoiceRequest call, string language)
    {
        if (call.CallerHungUp)
        {
            return new TwiMLResult(new VoiceResponse());
        }
        var (menu, snapshot, _) = await menus.ForCallAsync(call.CallSid, context.RequestAborted);
        return new TwiMLResult(twiml.Recorded(menu, snapshot.Hours, language, saved: call.RecordingSid is { Length: > 0 } && call.RecordingDuration is > 0));
    }

    /// <summary>
    /// The after-hours Gather: the menu's message key (alone, not a language number and *) starts a message;
    /// anything else is the menu's next step (a language that is open, say).
    /// </summary>
    public async Task<TwiMLResult> AfterHoursKeyAsync(HttpContext context, TwilioVoiceRequest call, string language, int step)
    {
        var (menu, _, _) = await menus.ForCallAsync(call.CallSid, context.RequestAborted);
        return menu.AfterHoursOptions.GetValueOrDefault(call.PressedKeys) == MenuActions.Message
            ? await StartAsync(context, call, language)
            : await menuFlow.StepAsync(context, call, step);
    }
}
