using Ivr.Acd.Routing;
using Ivr.Server.Configuration;
using Ivr.Server.Ivr;
using Ivr.Server.Menus;
using Ivr.Server.Prompts;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// What a caller hears during in-call operations: the queue of the language they were transferred to (with the
/// usual hold loop), and the hold audio while their counselor holds them in the conference.
/// </summary>
public static partial class CallerTwimlEndpoints
{
    public const string TransferredRouteName = "twilio-caller-transferred";
    public const string OnHoldRouteName = "twilio-caller-on-hold";

    public static RouteGroupBuilder MapCallerTwiml(this RouteGroupBuilder twilio)
    {
        twilio.MapPost("/voice/transferred/{language}", TransferredAsync).WithName(TransferredRouteName).AddEndpointFilter<TwiMLFailSafeFilter>();
        twilio.MapPost("/voice/on-hold/{language}", OnHoldAsync).WithName(OnHoldRouteName).AddEndpointFilter<TwiMLFailSafeFilter>();
        return twilio;
    }

    private static async Task<Results<TwiMLResult, BadRequest<string>>> TransferredAsync(
        string language, HttpContext context, ConfigurationCache configuration, QueueTwiml queue)
    {
        if (!LanguageCode.IsValid(language))
        {
            return TypedResults.BadRequest("The language is malformed.");
        }
        var snapshot = await configuration.GetAsync(context.RequestAborted);
        return new TwiMLResult(queue.Enqueue(context, snapshot.ActiveMenu, snapshot.Hours, language));
    }

    private static async Task<Results<TwiMLResult, BadRequest<string>>> OnHoldAsync(
        string language, HttpContext context, ConfigurationCache configuration, IvrTwiml twiml, PromptFiles files)
    {
        if (!LanguageCode.IsValid(language))
        {
            return TypedResults.BadRequest("The language is malformed.");
        }
        var response = new VoiceResponse();
        if (files.Has(PromptSource.Synthesized, QueueTwiml.CommonAudio, QueueTwiml.HoldMusicKey))
        {
            response.Play(new Uri(files.Url(PromptSource.Synthesized, QueueTwiml.CommonAudio, QueueTwiml.HoldMusicKey), UriKind.Relative), loop: 0);
            return new TwiMLResult(response);
        }
        // No music recorded: a spoken "please stay on the line" now and then, never a silent line.
        var snapshot = await configuration.GetAsync(context.RequestAborted);
        twiml.Speak(response, PromptKeys.StillWaiting, language, snapshot.ActiveMenu, snapshot.Hours);
        response.Pause(length: 15);
        response.Redirect(twiml.Link(context, OnHoldRouteName, new { language }), Twilio.Http.HttpMethod.Post);
        return new TwiMLResult(response);
    }
}
