using Ivr.Server.Hours;
using Ivr.Server.Menus;
using Ivr.Server.Prompts;
using TwilioMethod = Twilio.Http.HttpMethod;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ivr.Server.Ivr;

/// <summary>Writes the TwiML of each menu step; every URL comes from a route name.</summary>
public sealed class IvrTwiml(PromptSpeaker speaker, LinkGenerator links)
{
    public Uri Link(HttpContext context, string route, object? values = null) =>
        new(links.GetPathByName(context, route, values) ?? throw new InvalidOperationException($"No route named {route}."), UriKind.Relative);

    /// <param name="response">What to say before the node (the TwiML so far); a new document when null.</param>
    public VoiceResponse Gather(HttpContext context, MenuDefinition menu, HoursDirectory hours, GatherStep step, int nextStep, VoiceResponse? response = null)
    {
        var node = step.Node;
        var gather = new Twilio.TwiML.Voice.Gather(
            input: [Twilio.TwiML.Voice.Gather.InputEnum.Dtmf],
            action: Link(context, VoiceRoutes.Menu, new { step = nextStep }),
            method: TwilioMethod.Post,
            timeout: node.TimeoutSeconds,
            finishOnKey: "*",
            actionOnEmptyResult: true);
        response ??= new VoiceResponse();
        // Without barge-in the prompts play before the Gather starts, so keys pressed during them are ignored.
        TwiML prompts = menu.BargeIn ? gather : response;
        var languages = step.Language is { } chosen ? [chosen] : menu.GreetingLanguages;
        foreach (var language in languages)
        {
            foreach (var prompt in step.Before.Concat(node.Prompts.Where(key => !PromptKeys.Expands(key)).Select(key => (PromptRef)key)))
            {
                speaker.Speak(prompts, prompt, language, menu, hours);
            }
        }
        foreach (var key in node.Prompts.Where(PromptKeys.Expands))
        {
            speaker.Speak(prompts, key, languages[0], menu, hours);
        }
        return response.Append(gather);
    }

    public VoiceResponse AfterHours(HttpContext context, MenuDefinition menu, HoursDirectory hours, AfterHoursStep step, int nextStep)
    {
        var response = new VoiceResponse();
        var language = step.Language;
        var about = hours.Find(language)!;
        speaker.Speak(response, new PromptRef(step.Holiday ? PromptKeys.HolidayClosed : PromptKeys.AfterHours, new Dictionary<string, string>
        {
            ["language"] = about.NativeName,
            ["day"] = step.NextOpening is { } day ? PromptSpeaker.DayName(day.DayOfWeek, language) : "-",
            ["time"] = step.NextOpening?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        }), language, menu, hours);
        var open = step.OpenAlternative is { } alternative ? hours.Find(alternative) : null;
        // A message key (the menu's after-hours options) is told apart from a language number at its own route.
        var offersMessage = menu.AfterHoursOptions.Values.Contains(MenuActions.Message);
        if (open is not null || offersMessage)
        {
            var gather = new Twilio.TwiML.Voice.Gather(
                input: [Twilio.TwiML.Voice.Gather.InputEnum.Dtmf],
                action: offersMessage ? Link(context, VoiceRoutes.AfterHoursKey, new { language, step = nextStep }) : Link(context, VoiceRoutes.Menu, new { step = nextStep }),
                method: TwilioMethod.Post,
                timeout: step.ReturnTo.TimeoutSeconds,
                finishOnKey: "*");
            if (open is not null)
            {
                speaker.Speak(gather, new PromptRef(PromptKeys.OpenAlternative, new Dictionary<string, string>
                {
                    ["language"] = open.NativeName,
                    ["number"] = open.MenuNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }), language, menu, hours);
            }
            if (offersMessage)
            {
                speaker.Speak(gather, PromptKeys.MessageOffer, language, menu, hours);
            }
            response.Append(gather);
        }
        speaker.Speak(response, PromptKeys.Goodbye, language, menu, hours);
        return response.Hangup();
    }

    public VoiceResponse Closed(MenuDefinition menu, HoursDirectory hours, ClosedStep step)
    {
        var response = new VoiceResponse();
        // The caller's language when chosen; else every enabled language in turn, the greeting languages (Korean,
        // English) first, then the others in menu order.
        IEnumerable<string> languages = step.Language is { } chosen ? [chosen]
            : menu.GreetingLanguages.Concat(hours.Enabled.Select(line => line.Code)).Distinct(StringComparer.Ordinal);
        speaker.SpeakClosure(response, hours.Closure with { Message = step.Message }, languages, menu, hours);
        return response.Hangup();
    }

    public VoiceResponse Goodbye(MenuDefinition menu, HoursDirectory hours, string language)
    {
        var response = new VoiceResponse();
        speaker.Speak(response, PromptKeys.Goodbye, language, menu, hours);
        return response.Hangup();
    }

    public void Speak(TwiML target, PromptRef prompt, string language, MenuDefinition menu, HoursDirectory hours) =>
        speaker.Speak(target, prompt, language, menu, hours);
}
