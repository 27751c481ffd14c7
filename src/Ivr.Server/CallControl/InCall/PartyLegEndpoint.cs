using Ivr.Acd.Engine;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.CallControl.InCall;

/// <summary>Status callbacks of an outside number added to a call: ringing, connected, or gone from the call's list.</summary>
public static class PartyLegEndpoint
{
    public const string RouteName = "twilio-party-leg-status";

    public static RouteGroupBuilder MapPartyLeg(this RouteGroupBuilder twilio)
    {
        twilio.MapPost("/voice/party/{reservationId}/status", StatusAsync).WithName(RouteName);
        return twilio;
    }

    private static async Task<Results<NoContent, BadRequest<string>>> StatusAsync(
        string reservationId, HttpRequest request, AcdEngine engine, CallLegs legs, CallbackSequencer sequencer,
        ICallStateObserver observer, CancellationToken cancellationToken)
    {
        if (!TwilioVoiceRequest.TryRead(await request.ReadFormAsync(cancellationToken), out var leg, out var problem) ||
            leg is not { CallStatus: { Length: > 0 } status, SequenceNumber: { } sequence })
        {
            return TypedResults.BadRequest(problem.Length > 0 ? problem : "CallStatus and SequenceNumber are required.");
        }
        if (!await sequencer.IsNewestAsync(leg.CallSid, sequence))
        {
            return TypedResults.NoContent();
        }
        var state = await legs.GetAsync(reservationId);
        if (state.Parties.FirstOrDefault(party => party.Id == leg.CallSid) is not { } party)
        {
            return TypedResults.NoContent();
        }
        var field = CallLegState.PartyPrefix + party.Id;
        switch (status)
        {
            case "in-progress":
                await legs.SetAsync(reservationId, (field, (party with { State = "connected" }).ToJson()));
                break;
            case "completed" or "busy" or "no-answer" or "failed" or "canceled":
                await legs.ClearAsync(reservationId, field);
                break;
            default:
                return TypedResults.NoContent();
        }
        if (state.CallerSid is { } callerSid && (await engine.GetCallAsync(callerSid))?.CounselorId is { } lead)
        {
            await observer.CallChangedAsync(lead, cancellationToken);
        }
        return TypedResults.NoContent();
    }
}
