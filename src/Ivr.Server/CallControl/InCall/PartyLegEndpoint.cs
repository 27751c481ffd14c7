using Ivr.Acd.Engine;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.CallControl.InCall;

/// <summary>Status callbacks of an outside number added to a call: ringing, connected, or ended (in any order; the newest wins).</summary>
public static class PartyLegEndpoint
{
    public const string RouteName = "twilio-party-leg-status";

    public static RouteGroupBuilder MapPartyLeg(this RouteGroupBuilder twilio)
    {
        twilio.MapPost("/voice/party/{reservationId}/status", StatusAsync).WithName(RouteName).AddEndpointFilter<RedisOutageRetryFilter>();
        return twilio;
    }

    private static async Task<Results<NoContent, BadRequest<string>>> StatusAsync(
        string reservationId, HttpRequest request, AcdEngine engine, CallLegs legs, ICallStateObserver observer, CancellationToken cancellationToken)
    {
        if (!TwilioVoiceRequest.TryRead(await request.ReadFormAsync(cancellationToken), out var leg, out var problem) ||
            leg is not { CallStatus: { Length: > 0 } status, SequenceNumber: { } sequence })
        {
            return TypedResults.BadRequest(problem.Length > 0 ? problem : "CallStatus and SequenceNumber are required.");
        }
        var partyState = status switch
        {
            "in-progress" => "connected",
            "completed" or "busy" or "no-answer" or "failed" or "canceled" => "ended",
            _ => "ringing",
        };
        // Only the state: the callback may come before the counselor's request has listed the party.
        await legs.SetFromCallbackAsync(reservationId, CallLegState.PartyStatePrefix + leg.CallSid, sequence, partyState);
        var state = await legs.GetAsync(reservationId);
        if (state.CallerSid is { } callerSid && (await engine.GetCallAsync(callerSid))?.CounselorId is { } lead)
        {
            await observer.CallChangedAsync(lead, cancellationToken);
        }
        return TypedResults.NoContent();
    }
}
