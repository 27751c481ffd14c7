using Ivr.Acd.Events;
using Ivr.Server.Hours;
using Ivr.Server.Menus;
using Ivr.Server.Prompts;
using Ivr.Server.Telephony;
using Twilio.TwiML;
using Twilio.TwiML.Voice;
using TwilioMethod = Twilio.Http.HttpMethod;

namespace Ivr.Server.Ivr;

/// <summary>
/// Before the greeting, a caller whose language is remembered hears, in it: "To continue in English, press star. To stop
/// us remembering your language, press 9." <c>*</c> is the language's step, exactly as keying its number and <c>*</c> at
/// the start of the menu (<see cref="MenuInterpreter.ChooseLanguage"/>); 9 forgets it, keeps that the caller asked (see
/// <see cref="RememberedLanguageStore.OptOutAsync"/>) and plays the greeting; other keys are taken as pressed at the
/// start of the menu (<c>3*</c> chooses Chinese, <c>0</c> a counselor); nothing plays the greeting. The call records
/// see the offer as the menu step <c>remembered-language</c> with the keys.
/// </summary>
public sealed class RememberedLanguageOffer(IvrTwiml twiml, PromptSpeaker speaker, RememberedLanguageStore store)
{
    /// <summary>The offer's name in the menu path of the call records.</summary>
    public const string Node = "remembered-language";

    /// <summary>Seconds to wait after the offer: short, the greeting follows.</summary>
    public const int TimeoutSeconds = 4;

    public VoiceResponse Render(HttpContext context, MenuDefinition menu, HoursDirectory hours, string language, int nextStep)
    {
        var gather = new Gather(
            input: [Gather.InputEnum.Dtmf],
            action: twiml.Link(context, VoiceRoutes.Menu, new { step = nextStep }),
            method: TwilioMethod.Post,
            timeout: TimeoutSeconds,
            finishOnKey: RememberedLanguageRules.AcceptKey,
            actionOnEmptyResult: true);
        var response = new VoiceResponse();
        TwiML prompt = menu.BargeIn ? gather : response;
        // A language gone from the configuration since the offer was made (a retried webhook) is offered silently.
        if (hours.Find(language) is { } line)
        {
            speaker.SpeakNamingItself(prompt, PromptKeys.RememberedLanguage, PromptKeys.RememberedLanguageNamed, line, menu, hours);
        }
        return response.Append(gather);
    }

    /// <summary>Where the keys pressed at the offer of <paramref name="offered"/> lead; an opt-out is stored before the answer.</summary>
    public async Task<(MenuTransition Transition, RememberedLanguageAnswer Answer)> AnswerAsync(
        TwilioVoiceRequest call, string offered, MenuPosition position, MenuDefinition menu, HoursDirectory hours, DateTimeOffset now)
    {
        var keys = call.PressedKeys;
        var answer = RememberedLanguageRules.Answer(keys);
        if (answer == RememberedLanguageAnswer.OptedOut)
        {
            await store.OptOutAsync(call.From);
        }
        var transition = answer switch
        {
            RememberedLanguageAnswer.Accepted => MenuInterpreter.ChooseLanguage(menu, hours, position, offered, now),
            RememberedLanguageAnswer.MenuKeys => MenuInterpreter.Next(menu, hours, position, keys, now),
            _ => MenuInterpreter.Start(menu, hours, now),
        };
        var step = new MenuHappening(CallEventTypes.MenuStep, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["node"] = Node,
            ["digits"] = keys,
            ["language"] = offered,
        });
        return (transition with { Happenings = [step, .. transition.Happenings] }, answer);
    }

    /// <summary>The TwiML after an opt-out: "we will no longer remember your language", in it, then the greeting.</summary>
    public VoiceResponse AfterOptOut(HttpContext context, MenuDefinition menu, HoursDirectory hours, GatherStep greeting, string offered, int nextStep)
    {
        var response = new VoiceResponse();
        speaker.Speak(response, PromptKeys.RememberedLanguageOff, offered, menu, hours);
        return twiml.Gather(context, menu, hours, greeting, nextStep, response);
    }
}
