using Ivr.Acd.Model;
using Ivr.Server.Menus;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;
using Twilio.TwiML;
using TwilioMethod = Twilio.Http.HttpMethod;

namespace Ivr.Server.CallControl.Callbacks;

/// <summary>
/// The call dialled to a callback's caller (<see cref="CallbackDial"/>): once answered, in the caller's language, "1345 is
/// calling you back; press 1 to speak to a counselor". Only the 1 brings them into the counselor's conference
/// (<c>CallbackConnectedAsync</c>); a voicemail box (answering-machine detection), no key or another key, no answer,
/// busy or a failed call is a failed attempt (the ACD retries later or ends the callback) and the counselor's leg ends.
/// </summary>
public static class CallbackCallEndpoints
{
    public const string AnswerRouteName = "twilio-callback-answer";
    public const string KeyRouteName = "twilio-callback-key";
    public const string StatusRouteName = "twilio-callback-status";

    public static RouteGroupBuilder MapCallbackCalls(this RouteGroupBuilder twilio)
    {
        twilio.MapPost("/voice/callback/{reservationId}/answer", AnswerAsync).WithName(AnswerRouteName);
        twilio.MapPost("/voice/callback/{reservationId}/key", KeyAsync).WithName(KeyRouteName);
        twilio.MapPost("/voice/callback/{reservationId}/status", StatusAsync).WithName(StatusRouteName).AddEndpointFilter<RedisOutageRetryFilter>();
        return twilio;
    }

    private static async Task<Results<TwiMLResult, BadRequest<string>>> AnswerAsync(
        string reservationId, HttpContext context, [AsParameters] CallbackCallServices services)
    {
        if (await ReadAsync(context) is not { } call)
        {
            return TypedResults.BadRequest("CallSid is required.");
        }
        var (state, callback) = await DialOfAsync(services, reservationId, call.CallSid);
        if (callback is not { State: CallbackState.Dialling })
        {
            return new TwiMLResult(new VoiceResponse().Hangup()); // the attempt is over (the counselor left, or it was cancelled)
        }
        if (context.Request.Form["AnsweredBy"].ToString() is var answeredBy && (answeredBy.StartsWith("machine", StringComparison.Ordinal) || answeredBy == "fax"))
        {
            await FailAsync(services, state!, CallbackFailureReason.NoAnswer, $"cb-machine:{call.CallSid}", context.RequestAborted);
            return new TwiMLResult(new VoiceResponse().Hangup());
        }
        var snapshot = await services.Configuration.GetAsync(context.RequestAborted);
        var gather = new Twilio.TwiML.Voice.Gather(
            input: [Twilio.TwiML.Voice.Gather.InputEnum.Dtmf],
            action: services.Twiml.Link(context, KeyRouteName, new { reservationId }),
            method: TwilioMethod.Post,
            numDigits: 1,
            timeout: services.Options.Value.KeySeconds,
            actionOnEmptyResult: true);
        services.Twiml.Speak(gather, PromptKeys.CallbackCalling, callback.Language, snapshot.ActiveMenu, snapshot.Hours);
        return new TwiMLResult(new VoiceResponse().Append(gather));
    }

    private static async Task<Results<TwiMLResult, BadRequest<string>>> KeyAsync(
        string reservationId, HttpContext context, [AsParameters] CallbackCallServices services)
    {
        if (await ReadAsync(context) is not { } call)
        {
            return TypedResults.BadRequest("CallSid is required.");
        }
        var (state, _) = await DialOfAsync(services, reservationId, call.CallSid);
        if (state is null)
        {
            return new TwiMLResult(new VoiceResponse().Hangup());
        }
        if (call.Digits != "1")
        {
            await FailAsync(services, state, CallbackFailureReason.NoKey, $"cb-nokey:{call.CallSid}", context.RequestAborted);
            return new TwiMLResult(new VoiceResponse().Hangup());
        }
        var connected = await services.Engine.CallbackConnectedAsync(state.CallerSid!, call.CallSid, $"cb-connected:{call.CallSid}");
        var counselor = state.Counselor!;
        if (connected.Outcome != CallbackOutcome.Connected)
        {
            // The counselor is no longer there for this callback: nobody to bridge to.
            if (state.LegOf(counselor) is { } leg)
            {
                await services.HangUps.EndAsync(leg, answered: true);
            }
            return new TwiMLResult(new VoiceResponse().Hangup());
        }
        await services.Legs.SetAsync(reservationId, (CallLegState.ConnectedAtField(counselor), services.Time.GetUtcNow().ToString("O")));
        await services.Observer.CallChangedAsync(counselor, context.RequestAborted);
        await services.Dispatcher.DispatchAsync(connected.Matches, context.RequestAborted);
        return new TwiMLResult(CounselorLegEndpoint.JoinConference(reservationId));
    }

    /// <summary>The dialled call's end before the caller pressed 1: busy, no answer, failed, or hung up on the message.</summary>
    private static async Task<Results<NoContent, BadRequest<string>>> StatusAsync(
        string reservationId, HttpRequest request, [AsParameters] CallbackCallServices services, CancellationToken cancellationToken)
    {
        var (leg, reply) = await LegCallback.ReadNewestAsync(request, services.Sequencer, cancellationToken);
        if (leg is null)
        {
            return reply;
        }
        CallbackFailureReason? reason = leg.Status switch
        {
            CallStatuses.Busy => CallbackFailureReason.Busy,
            CallStatuses.NoAnswer => CallbackFailureReason.NoAnswer,
            CallStatuses.Failed or CallStatuses.Canceled => CallbackFailureReason.Failed,
            CallStatuses.Completed => CallbackFailureReason.NoKey,
            _ => null,
        };
        var (state, callback) = await DialOfAsync(services, reservationId, leg.CallSid);
        // Once connected, the call's end is the conference's: the counselor's leg ends and they go into wrap-up.
        if (reason is { } failure && callback is { State: CallbackState.Dialling })
        {
            await FailAsync(services, state!, failure, $"cb-status:{leg.CallSid}:{leg.Status}", cancellationToken);
        }
        return TypedResults.NoContent();
    }

    /// <summary>The reservation's legs and callback, when <paramref name="callSid"/> is the call dialled for it (a late webhook of an earlier attempt's call is not).</summary>
    private static async Task<(CallLegState? State, CallbackStatus? Callback)> DialOfAsync(CallbackCallServices services, string reservationId, string callSid)
    {
        var state = await services.Legs.GetAsync(reservationId);
        if (state.CallerSid is not { } callbackId || state.Dialled is { } dialled && dialled != callSid)
        {
            return (null, null);
        }
        return (state, await services.Engine.GetCallbackAsync(callbackId));
    }

    private static async Task FailAsync(CallbackCallServices services, CallLegState state, CallbackFailureReason reason, string operation, CancellationToken cancellationToken) =>
        await services.Dispatcher.DispatchAsync(await services.Attempts.FailAsync(state.ReservationId, reason, operation), cancellationToken);

    private static async Task<TwilioVoiceRequest?> ReadAsync(HttpContext context) =>
        context.Request.HasFormContentType && TwilioVoiceRequest.TryRead(await context.Request.ReadFormAsync(context.RequestAborted), out var call, out _) ? call : null;
}
