using System.Globalization;
using Ivr.Server.Configuration;
using Ivr.Server.Hours;
using Ivr.Server.Menus;
using Ivr.Server.Prompts;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using Twilio.TwiML;
using TwilioMethod = Twilio.Http.HttpMethod;

namespace Ivr.Server.Ivr;

/// <summary>
/// The callback key on hold (docs/ivr.md, "Callbacks"): offered while the caller's expected wait is above the language's
/// threshold (its <see cref="WaitingPolicy"/>, as operations staff set it); the caller confirms the number they call
/// from or keys another, the ACD puts a callback at their place in line (held until the next opening when the language
/// closes before their turn), and they hear when they will be called and leave &lt;Enqueue&gt;, whose action says
/// goodbye. All of it inside the hold loop, so a caller who keys nothing is still in line.
/// </summary>
public sealed class CallbackBooking(ICallerQueue queue, ICallbackLine line, IvrTwiml twiml, WaitingPolicies policies, TimeProvider clock, MaxWaitOffers maxWait)
{
    private const int MaxTries = 3;

    // Also at the maximum wait when that offers a callback, however short the expected wait has become.
    public bool Offers(MenuDefinition menu, IvrSnapshot snapshot, string language, QueueStatus? status) =>
        status is not null && line.CanCallBack && menu.HoldOptions.Values.Contains(MenuActions.Callback) &&
        (policies.For(snapshot, language).CallbackOfferAbove is { } threshold && (threshold == TimeSpan.Zero || status.ExpectedWait > threshold) ||
         maxWait.Due(menu, snapshot, language, status) is { MaxWaitOffer: MaxWaitOffer.Callback });

    /// <summary>The callback key: the number to call, if the offer stands; otherwise back to the hold loop.</summary>
    public async Task<VoiceResponse> AskAsync(HttpContext context, TwilioVoiceRequest call, string language, MenuDefinition menu, IvrSnapshot snapshot)
    {
        var standing = await queue.GetStandingAsync(call.CallSid, context.RequestAborted);
        return Offers(menu, snapshot, language, standing.Status)
            ? new VoiceResponse().Append(Ask(context, call, language, menu, snapshot.Hours, 1))
            : new VoiceResponse();
    }

    /// <summary>The number step's keys: 1 (their own number), another number and #, or nothing (back to the hold loop).</summary>
    public async Task<VoiceResponse> BookAsync(HttpContext context, TwilioVoiceRequest call, string language, int attempt, MenuDefinition menu, HoursDirectory hours)
    {
        var digits = call.Digits ?? "";
        if (digits.Length == 0)
        {
            return new VoiceResponse();
        }
        var own = KeypadNumber.Callable(call.From);
        var number = digits == "1" && own is not null ? own : KeypadNumber.ToE164(digits);
        if (number is null)
        {
            var invalid = new VoiceResponse();
            twiml.Speak(invalid, PromptKeys.CallbackInvalidNumber, language, menu, hours);
            return attempt < MaxTries ? invalid.Append(Ask(context, call, language, menu, hours, attempt + 1)) : invalid;
        }
        var standing = await queue.GetStandingAsync(call.CallSid, context.RequestAborted);
        var later = standing.Status is { } status ? LaterOpening(hours, language, status.ExpectedWait) : null;
        var outcome = await queue.RequestCallbackAsync(call.CallSid, number, later is { } opening ? hours.ToInstant(opening) : null, context.RequestAborted);
        if (outcome == CallbackRequestOutcome.NotWaiting)
        {
            return new VoiceResponse(); // a counselor is being rung for them: they stay
        }
        var booked = new VoiceResponse();
        twiml.Speak(booked, later is { } at ? BookedLater(hours, language, at) : PromptKeys.CallbackBooked, language, menu, hours);
        // Out of <Enqueue>: its action (leave) says goodbye and hangs up; the queue no longer knows this call.
        return booked.Leave();
    }

    private Twilio.TwiML.Voice.Gather Ask(HttpContext context, TwilioVoiceRequest call, string language, MenuDefinition menu, HoursDirectory hours, int attempt)
    {
        var gather = new Twilio.TwiML.Voice.Gather(
            input: [Twilio.TwiML.Voice.Gather.InputEnum.Dtmf],
            action: twiml.Link(context, VoiceRoutes.CallbackNumber, new { language, attempt }),
            method: TwilioMethod.Post,
            timeout: 5,
            finishOnKey: "#",
            actionOnEmptyResult: true);
        PromptRef prompt = KeypadNumber.Callable(call.From) is { } own
            ? new PromptRef(PromptKeys.CallbackConfirm, new Dictionary<string, string> { ["digits"] = KeypadNumber.LastDigits(own) })
            : PromptKeys.CallbackEnterNumber;
        twiml.Speak(gather, prompt, language, menu, hours);
        return gather;
    }

    /// <summary>The next opening (local time) when the language closes before the caller's expected turn; null when it does not.</summary>
    private DateTime? LaterOpening(HoursDirectory hours, string language, TimeSpan expectedWait)
    {
        var now = clock.GetUtcNow();
        var closes = hours.ClosesAt(language, now);
        if (closes is { } close && hours.LocalTime(now) + expectedWait <= close)
        {
            return null;
        }
        return hours.NextOpening(language, closes is { } end ? hours.ToInstant(end) : now);
    }

    private static PromptRef BookedLater(HoursDirectory hours, string language, DateTime opening) =>
        new(PromptKeys.CallbackBookedLater, new Dictionary<string, string>
        {
            ["language"] = hours.Find(language)?.NativeName ?? language,
            ["day"] = PromptSpeaker.DayName(opening.DayOfWeek, language),
            ["time"] = opening.ToString("HH:mm", CultureInfo.InvariantCulture),
        });
}
