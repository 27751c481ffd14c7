using System.Globalization;
using Ivr.Server.Hours;
using Ivr.Server.Menus;
using Ivr.Server.Prompts;
using Ivr.Server.Queueing;
using TwilioMethod = Twilio.Http.HttpMethod;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ivr.Server.Ivr;

/// <summary>TwiML around the queue: parking in &lt;Enqueue&gt;, the hold loop, a full queue and its way out.</summary>
public sealed class QueueTwiml(IvrTwiml twiml, PromptFiles files)
{
    public const string HoldMusicKey = "hold-music";
    public const string CommonAudio = "common";

    /// <summary>Into the language's queue; after a tagging key, first what the tag means for the caller.</summary>
    public VoiceResponse Enqueue(HttpContext context, MenuDefinition menu, HoursDirectory hours, string language, string? tag = null) =>
        EnqueueAfter(tag is null ? new VoiceResponse() : Tagged(menu, hours, language, tag), context, menu, hours, language);

    /// <summary>Into the language's queue after what <paramref name="response"/> already says.</summary>
    public VoiceResponse EnqueueAfter(VoiceResponse response, HttpContext context, MenuDefinition menu, HoursDirectory hours, string language)
    {
        twiml.Speak(response, PromptKeys.Connecting, language, menu, hours);
        response.Append(new Enqueue(
            name: language,
            action: twiml.Link(context, VoiceRoutes.QueueResult, new { language }),
            method: TwilioMethod.Post,
            waitUrl: twiml.Link(context, VoiceRoutes.Hold, new { language }),
            waitUrlMethod: TwilioMethod.Post));
        return response;
    }

    /// <summary>
    /// Position and expected wait (and, while it is long, the callback offer; past the maximum wait, its offer), then the
    /// way out, then music until the next announcement.
    /// </summary>
    public VoiceResponse Hold(HttpContext context, MenuDefinition menu, HoursDirectory hours, string language, QueueStatus? status, bool offerCallback = false,
        PromptRef? maxWaitOffer = null)
    {
        var gather = new Twilio.TwiML.Voice.Gather(
            input: [Twilio.TwiML.Voice.Gather.InputEnum.Dtmf],
            action: twiml.Link(context, VoiceRoutes.HoldKey, new { language }),
            method: TwilioMethod.Post,
            numDigits: 1,
            timeout: 1);
        if (status is not null)
        {
            twiml.Speak(gather, new PromptRef(PromptKeys.Hold, new Dictionary<string, string>
            {
                ["position"] = status.Position.ToString(CultureInfo.InvariantCulture),
                ["minutes"] = Math.Max(1, (int)Math.Ceiling(status.ExpectedWait.TotalMinutes)).ToString(CultureInfo.InvariantCulture),
            }), language, menu, hours);
        }
        if (offerCallback)
        {
            twiml.Speak(gather, PromptKeys.CallbackOffer, language, menu, hours);
        }
        if (maxWaitOffer is not null)
        {
            twiml.Speak(gather, maxWaitOffer, language, menu, hours);
        }
        OfferWayOut(gather, menu, hours, language);
        if (files.Has(PromptSource.Synthesized, CommonAudio, HoldMusicKey))
        {
            gather.Play(new Uri(files.Url(PromptSource.Synthesized, CommonAudio, HoldMusicKey), UriKind.Relative));
        }
        else
        {
            gather.Pause(menu.HoldAnnouncementSeconds);
        }
        return new VoiceResponse().Append(gather);
    }

    public VoiceResponse HoursWhileWaiting(MenuDefinition menu, HoursDirectory hours, string language)
    {
        var response = new VoiceResponse();
        if (hours.Find(language) is { } line)
        {
            twiml.Speak(response, PromptSpeaker.HoursOf(line, line), language, menu, hours);
        }
        twiml.Speak(response, PromptKeys.StillWaiting, language, menu, hours);
        return response;
    }

    /// <summary>The queue is full: say so, offer the way out, and try again when the caller waits.</summary>
    public VoiceResponse Full(HttpContext context, MenuDefinition menu, HoursDirectory hours, string language)
    {
        var response = new VoiceResponse();
        twiml.Speak(response, PromptKeys.QueueFull, language, menu, hours);
        var gather = new Twilio.TwiML.Voice.Gather(
            input: [Twilio.TwiML.Voice.Gather.InputEnum.Dtmf],
            action: twiml.Link(context, VoiceRoutes.Rejoin, new { language }),
            method: TwilioMethod.Post,
            numDigits: 1,
            timeout: 10,
            actionOnEmptyResult: true);
        OfferWayOut(gather, menu, hours, language);
        return response.Append(gather);
    }

    /// <summary>A key tagged the caller (e.g. a victim of crime): what that means for them, then on with the call.</summary>
    public VoiceResponse Tagged(MenuDefinition menu, HoursDirectory hours, string language, string tag)
    {
        var response = new VoiceResponse();
        twiml.Speak(response, PromptKeys.Tagged(tag), language, menu, hours);
        return response;
    }

    public VoiceResponse Leave() => new VoiceResponse().Leave();

    private void OfferWayOut(TwiML target, MenuDefinition menu, HoursDirectory hours, string language)
    {
        if (menu.HoldOptions.Count > 0)
        {
            twiml.Speak(target, PromptKeys.HoldOptions, language, menu, hours);
        }
    }
}
