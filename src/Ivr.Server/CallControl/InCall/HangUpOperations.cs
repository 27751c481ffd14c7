using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.CallControl.Outbound;
using Ivr.Server.Queueing;

namespace Ivr.Server.CallControl.InCall;

/// <summary>A counselor leaves a call: hangs up once on it, or declines while their softphone rings.</summary>
public sealed class HangUpOperations(
    AcdEngine engine, CurrentCalls calls, CallLegs legs, ConferenceControl conference, ConsultEnding consults,
    OutboundFailures outboundFailures, IMatchDispatcher dispatcher, ICallStateObserver observer, ILogger<HangUpOperations> logger)
{
    /// <summary>Ends the call (the lead) or leaves the consult (the consulted counselor); the lead goes into wrap-up.</summary>
    public async Task<InCallReply> HangUpAsync(string counselorId, CancellationToken cancellationToken)
    {
        if (await calls.FindAsync(counselorId) is not { } current)
        {
            return InCallReply.NoCall;
        }
        if (current.IsLead && await current.ConsultAsync(engine) is not null)
        {
            return InCallReply.Conflict("Complete or cancel the transfer first: hanging up now would end the caller's call.");
        }
        if (current.MyLeg is not { } leg)
        {
            return InCallReply.Conflict("Your leg of this call is not known yet; try again in a moment.");
        }
        return await InCallSteps.OrBadGatewayAsync(async () =>
        {
            await conference.HangUpAsync(leg);
            if (current.IsLead && AcdEngine.IsOutboundId(current.CallSid) && current.Legs.ConnectedAt(counselorId) is null)
            {
                // A call they placed, before the number answered: it ends unanswered (no wrap-up) and the dial stops.
                await outboundFailures.FailAsync(current.ReservationId, "canceled", $"hangup:{current.ReservationId}:{counselorId}", endLeg: false,
                    cancellationToken, endDial: true);
            }
            else if (current.IsLead)
            {
                var ended = await engine.CallEndedAsync(current.CallSid, $"hangup:{current.ReservationId}:{counselorId}", counselorId);
                await dispatcher.DispatchAsync(ended.Matches, cancellationToken);
            }
            else
            {
                await consults.EndAsync(current, counselorId, "left", cancellationToken);
            }
            await observer.CallsChangedAsync(cancellationToken, counselorId);
            return await calls.LeftReplyAsync(counselorId);
        });
    }

    /// <summary>While the softphone rings: stop ringing and give the caller back (first in line), or end the consult.</summary>
    public async Task<InCallReply> DeclineAsync(string counselorId, CancellationToken cancellationToken)
    {
        if (await engine.GetCounselorAsync(counselorId) is not { State: CounselorState.Reserved, ReservationId: { } reservationId })
        {
            return InCallReply.Conflict("Nothing is ringing.");
        }
        var rejected = await engine.RejectAsync(reservationId, "decline:" + reservationId);
        var state = await legs.GetAsync(reservationId);
        if (state.LegOf(counselorId) is { } leg)
        {
            await InCallSteps.BestEffortAsync(logger, () => conference.HangUpAsync(leg, ringing: true), "stop ringing " + leg);
        }
        if (state.MainReservation is { } main && state.CallerSid is { } callerSid)
        {
            // A consult was declined: the lead gets the caller back off hold.
            var lead = await calls.OfCallerAsync(callerSid, main);
            if (lead is not null && lead.Legs.ConsultReservation == reservationId)
            {
                await consults.ClearAsync(lead);
                await observer.CallsChangedAsync(cancellationToken, lead.CounselorId);
            }
        }
        await dispatcher.DispatchAsync(rejected.Matches, cancellationToken);
        await observer.CallsChangedAsync(cancellationToken, counselorId);
        return await calls.LeftReplyAsync(counselorId);
    }
}
