using Ivr.Server.Telephony;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;

namespace Ivr.Server.CallControl.Outbound;

/// <summary>
/// The counselor answered the ring of a call they placed (they are in its conference): the number is dialled from the
/// center's number; once answered it joins the conference (<see cref="OutboundCallEndpoints"/>). No answering-machine
/// detection: a voicemail box is joined like a person, and the counselor may leave a message. Placed once per call;
/// never retried (the first attempt may have rung the phone); a dial Twilio refuses ends the call unanswered.
/// </summary>
public sealed partial class OutboundDial(
    ITwilioRestClient twilio, CallLegs legs, PublicUrls urls, OutboundFailures failures, IOptions<CallControlOptions> options, ILogger<OutboundDial> logger)
{
    public async Task DialAsync(CallLegState state, CancellationToken cancellationToken)
    {
        var reservationId = state.ReservationId;
        if (!await legs.ClaimAsync(reservationId, CallLegState.DialClaimField))
        {
            return; // this answer again: dialled already
        }
        try
        {
            var call = await CallResource.CreateAsync(CenterDials.Options(state.OutboundNumber!, options.Value.CenterNumber!,
                urls.For(OutboundCallEndpoints.AnswerRouteName, new { reservationId }), urls.For(OutboundCallEndpoints.StatusRouteName, new { reservationId }),
                options.Value.OutboundRingSeconds), twilio);
            await legs.SetAsync(reservationId, (CallLegState.DialledField, call.Sid));
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            LogDialFailed(state.CallerSid!, exception.Message);
            await failures.FailAsync(reservationId, "failed", "outbound-dial:" + reservationId, endLeg: true, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not dial outbound call {CallId}: {Reason}; it ends unanswered")]
    private partial void LogDialFailed(string callId, string reason);
}
