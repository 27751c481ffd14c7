using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;
using Twilio.TwiML;

namespace Ivr.Server.CallControl.Outbound;

/// <summary>
/// Twilio's webhooks of a call a counselor places (<see cref="OutboundCalls"/>): their own leg's status (answered: dial
/// the number; not answered: the call ends unanswered; hung up: wrap-up, or unanswered before the number answered), the
/// number's answer (into the conference: <c>call.answered</c> starts the talk time) and the number's status (busy, no
/// answer, failed: unanswered; hung up after talking: the call ends). Callbacks older than one handled are dropped.
/// </summary>
public static class OutboundCallEndpoints
{
    public const string CounselorRouteName = "twilio-outbound-counselor-status";
    public const string AnswerRouteName = "twilio-outbound-answer";
    public const string StatusRouteName = "twilio-outbound-status";

    public static RouteGroupBuilder MapOutboundCalls(this RouteGroupBuilder twilio)
    {
        twilio.MapPost("/voice/outbound/{reservationId}/counselor", CounselorStatusAsync).WithName(CounselorRouteName).AddEndpointFilter<RedisOutageRetryFilter>();
        twilio.MapPost("/voice/outbound/{reservationId}/answer", AnswerAsync).WithName(AnswerRouteName);
        twilio.MapPost("/voice/outbound/{reservationId}/status", StatusAsync).WithName(StatusRouteName).AddEndpointFilter<RedisOutageRetryFilter>();
        return twilio;
    }

    private static async Task<Results<NoContent, BadRequest<string>>> CounselorStatusAsync(
        string reservationId, HttpRequest request, [AsParameters] OutboundCallServices services, CancellationToken cancellationToken)
    {
        var (leg, state, reply) = await ReadAsync(reservationId, request, services, cancellationToken);
        if (leg is null || state is not { CallerSid: { } callId, Counselor: { } counselor })
        {
            return reply;
        }
        var operation = $"outbound-leg:{leg.CallSid}:{leg.Status}";
        switch (leg.Status)
        {
            case CallStatuses.InProgress:
                await services.Legs.SetAsync(reservationId, (CallLegState.LegField, leg.CallSid));
                await services.Dial.DialAsync(state, cancellationToken);
                break;
            case CallStatuses.Busy or CallStatuses.NoAnswer or CallStatuses.Failed or CallStatuses.Canceled:
                await services.Failures.FailAsync(reservationId, "counselor-" + leg.Status, operation, endLeg: false, cancellationToken, endDial: true);
                break;
            case CallStatuses.Completed when state.ConnectedAt(counselor) is null:
                // The counselor hung up before the number answered.
                await services.Failures.FailAsync(reservationId, CallStatuses.Canceled, operation, endLeg: false, cancellationToken, endDial: true);
                break;
            case CallStatuses.Completed:
                var ended = await services.Engine.CallEndedAsync(callId, operation, counselor);
                if (ended.Outcome == PresenceOutcome.Changed && state.Dialled is { } dialled)
                {
                    await CounselorLegRequests.EndCallerAsync(services.Conference, dialled, services.Logger);
                }
                await services.Dispatcher.DispatchAsync(ended.Matches, cancellationToken);
                break;
        }
        await services.Observer.CallChangedAsync(counselor, cancellationToken);
        return reply;
    }

    /// <summary>The number answered (a person or a voicemail box): into the counselor's conference, while the call is still on.</summary>
    private static async Task<TwiMLResult> AnswerAsync(string reservationId, HttpContext context, [AsParameters] OutboundCallServices services)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        var callSid = form?["CallSid"].ToString();
        var state = await services.Legs.GetAsync(reservationId);
        if (string.IsNullOrEmpty(callSid) || state.CallerSid is not { } callId || !AcdEngine.IsOutboundId(callId) ||
            state.Dialled is { } dialled && dialled != callSid ||
            await services.Engine.GetCallAsync(callId) is not { State: CallerState.Connected, CounselorId: { } counselor })
        {
            return new TwiMLResult(new VoiceResponse().Hangup()); // the call is over (the counselor hung up, or it failed)
        }
        if (state.ConnectedAt(counselor) is null)
        {
            await services.Legs.SetAsync(reservationId, (CallLegState.ConnectedAtField(counselor), services.Time.GetUtcNow().ToString("O")), (CallLegState.DialledField, callSid));
            await services.Events.AppendAsync(callId, CallEventTypes.Answered, new() { ["counselor"] = counselor });
            await services.Observer.CallChangedAsync(counselor, context.RequestAborted);
        }
        return new TwiMLResult(CounselorLegEndpoint.JoinConference(reservationId));
    }

    /// <summary>The dialled number's call: busy, no answer or failed ends the call unanswered; hung up after answering ends it.</summary>
    private static async Task<Results<NoContent, BadRequest<string>>> StatusAsync(
        string reservationId, HttpRequest request, [AsParameters] OutboundCallServices services, CancellationToken cancellationToken)
    {
        var (leg, state, reply) = await ReadAsync(reservationId, request, services, cancellationToken);
        if (leg is null || state is not { CallerSid: { } callId, Counselor: { } counselor } || state.Dialled is { } dialled && dialled != leg.CallSid)
        {
            return reply;
        }
        var operation = $"outbound-dial:{leg.CallSid}:{leg.Status}";
        var answered = state.ConnectedAt(counselor) is not null;
        if (leg.Status is CallStatuses.Busy or CallStatuses.NoAnswer or CallStatuses.Failed or CallStatuses.Canceled ||
            leg.Status == CallStatuses.Completed && !answered)
        {
            var reason = leg.Status == CallStatuses.Completed ? CallStatuses.NoAnswer : leg.Status;
            await services.Failures.FailAsync(reservationId, reason, operation, endLeg: true, cancellationToken);
        }
        else if (leg.Status == CallStatuses.Completed)
        {
            // The number hung up: the conference ends with them, and so does the call, whoever has it now.
            var ended = await services.Engine.CallEndedAsync(callId, operation);
            await services.Dispatcher.DispatchAsync(ended.Matches, cancellationToken);
            if (ended.Outcome == PresenceOutcome.Changed)
            {
                await services.Observer.CallChangedAsync(counselor, cancellationToken);
            }
        }
        return reply;
    }

    /// <summary>The newest callback of a leg and the legs of the outbound call it belongs to (no state: stale, or not an outbound call).</summary>
    private static async Task<(LegCallback? Leg, CallLegState? State, Results<NoContent, BadRequest<string>> Reply)> ReadAsync(
        string reservationId, HttpRequest request, OutboundCallServices services, CancellationToken cancellationToken)
    {
        var (leg, reply) = await LegCallback.ReadNewestAsync(request, services.Sequencer, cancellationToken);
        if (leg is null)
        {
            return (null, null, reply);
        }
        var state = await services.Legs.GetAsync(reservationId);
        return (leg, state.CallerSid is { } callId && AcdEngine.IsOutboundId(callId) ? state : null, reply);
    }
}
