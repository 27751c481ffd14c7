using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Queueing;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// Status callbacks of the leg that rings a consulted counselor into the caller's conference (warm transfer). Stale
/// callbacks are ignored; every engine call carries an operation id derived from the callback.
/// </summary>
public static class ConsultLegEndpoint
{
    public const string RouteName = "twilio-consult-leg-status";

    public static RouteGroupBuilder MapConsultLeg(this RouteGroupBuilder twilio)
    {
        twilio.MapPost("/voice/consult/{reservationId}/status", StatusAsync).WithName(RouteName).AddEndpointFilter<RedisOutageRetryFilter>();
        return twilio;
    }

    private static async Task<Results<NoContent, BadRequest<string>>> StatusAsync(
        string reservationId, HttpRequest request, [AsParameters] ConsultLegServices services, CancellationToken cancellationToken)
    {
        var (leg, reply) = await LegCallback.ReadNewestAsync(request, services.Sequencer, cancellationToken);
        if (leg is null)
        {
            return reply;
        }
        var (engine, legs, _, dispatcher, consults, conference, observer, time) = services;
        var state = await legs.GetAsync(reservationId);
        if (state is not { CallerSid: { } callerSid, Counselor: { } consulted, MainReservation: { } main })
        {
            return TypedResults.NoContent();
        }
        var operation = $"consult-leg:{leg.CallSid}:{leg.Status}";
        if (state.LegOf(consulted) is null)
        {
            await legs.RememberConsultLegAsync(main, reservationId, leg.CallSid);
        }
        switch (leg.Status)
        {
            case CallStatuses.InProgress:
                var answered = await engine.ConsultAnsweredAsync(reservationId, operation);
                if (answered.Outcome == InCallOutcome.Done)
                {
                    await legs.SetAsync(main, (CallLegState.ConnectedAtField(consulted), time.GetUtcNow().ToString("O")));
                    await NotifyAsync(observer, engine, callerSid, consulted, cancellationToken);
                    break;
                }
                // Too late (rang out, cancelled, or the caller left): let the consulted counselor go.
                await HangUpQuietlyAsync(conference, leg.CallSid);
                await dispatcher.DispatchAsync(answered.Matches, cancellationToken);
                await consults.LegEndedAsync(callerSid, main, reservationId, consulted, cancellationToken);
                break;
            case CallStatuses.Busy:
                await dispatcher.DispatchAsync((await engine.RejectAsync(reservationId, operation)).Matches, cancellationToken);
                await consults.LegEndedAsync(callerSid, main, reservationId, consulted, cancellationToken);
                break;
            case CallStatuses.NoAnswer or CallStatuses.Failed or CallStatuses.Canceled:
                await dispatcher.DispatchAsync((await engine.NoAnswerAsync(reservationId, operation)).Matches, cancellationToken);
                await consults.LegEndedAsync(callerSid, main, reservationId, consulted, cancellationToken);
                break;
            case CallStatuses.Completed when (await engine.GetCallAsync(callerSid))?.CounselorId == consulted:
                // They took the call over and now hung up: the call ends, they wrap up.
                var ended = await engine.CallEndedAsync(callerSid, operation, consulted);
                await dispatcher.DispatchAsync(ended.Matches, cancellationToken);
                await observer.CallChangedAsync(consulted, cancellationToken);
                break;
            case CallStatuses.Completed:
                await consults.LegEndedAsync(callerSid, main, reservationId, consulted, cancellationToken);
                break;
        }
        return TypedResults.NoContent();
    }

    private static async Task NotifyAsync(ICallStateObserver observer, AcdEngine engine, string callerSid, string consulted, CancellationToken cancellationToken)
    {
        if ((await engine.GetCallAsync(callerSid))?.CounselorId is { } lead)
        {
            await observer.CallChangedAsync(lead, cancellationToken);
        }
        await observer.CallChangedAsync(consulted, cancellationToken);
    }

    private static async Task HangUpQuietlyAsync(ConferenceControl conference, string callSid)
    {
        try
        {
            await conference.HangUpAsync(callSid);
        }
        catch (TwilioUnavailableException)
        {
            // The leg rings or talks on alone until the counselor hangs up; the ACD already freed them.
        }
    }
}
