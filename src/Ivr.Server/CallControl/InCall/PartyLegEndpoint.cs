using Ivr.Acd.Engine;
using Ivr.Acd.Events;
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
        string reservationId, HttpRequest request, AcdEngine engine, CallLegs legs, InCallEvents events, ICallStateObserver observer, CancellationToken cancellationToken)
    {
        // Read without CallbackSequencer: the party's state is kept with its SequenceNumber, and only a newer one replaces it.
        var (leg, reply) = await LegCallback.ReadAsync(request, cancellationToken);
        if (leg is null)
        {
            return reply;
        }
        var partyState = leg.Status switch
        {
            CallStatuses.InProgress => "connected",
            _ when CallStatuses.IsTerminal(leg.Status) => "ended",
            _ => "ringing",
        };
        // Only the state: the callback may come before the counselor's request has listed the party.
        await legs.SetFromCallbackAsync(reservationId, CallLegState.PartyStatePrefix + leg.CallSid, leg.Sequence, partyState);
        var state = await legs.GetAsync(reservationId);
        // The party's time on the call goes to the record (a retried final callback says the same for the same party).
        if (partyState == "ended" && leg.Duration is { } seconds && state.CallerSid is { } callSid)
        {
            await events.AppendAsync(callSid, CallEventTypes.PartyLeft, new()
            {
                ["party"] = leg.CallSid, ["seconds"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        if (state.CallerSid is { } callerSid && (await engine.GetCallAsync(callerSid))?.CounselorId is { } lead)
        {
            await observer.CallChangedAsync(lead, cancellationToken);
        }
        return TypedResults.NoContent();
    }
}
