using Ivr.Acd.Engine;
using Ivr.Server.Queueing;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// A consult that ends without a hand-over (cancelled by the lead, left or declined by the consulted counselor, or
/// their leg rang out): the consulted counselor is free, the lead gets the caller back off hold.
/// </summary>
public sealed class ConsultEnding(
    AcdEngine engine, CurrentCalls calls, CallLegs legs, ConferenceControl conference, HoldOperations hold,
    IMatchDispatcher dispatcher, ICallStateObserver observer, ILogger<ConsultEnding> logger)
{
    /// <summary>The lead cancels the consult: the consulted counselor's leg is hung up.</summary>
    public async Task<InCallReply> CancelConsultAsync(string counselorId, CancellationToken cancellationToken)
    {
        if (await calls.FindLeadAsync(counselorId) is not { } current)
        {
            return await calls.NotLeadReplyAsync(counselorId);
        }
        if (await current.ConsultAsync(engine) is not { } consult)
        {
            return InCallReply.Conflict("No transfer is in progress.");
        }
        return await InCallSteps.OrBadGatewayAsync(async () =>
        {
            if (current.Legs.LegOf(consult.CounselorId) is { } leg)
            {
                await conference.HangUpAsync(leg, ringing: consult.State == "ringing");
            }
            await EndAsync(current, consult.CounselorId, "cancel", cancellationToken);
            await observer.CallsChangedAsync(cancellationToken, counselorId, consult.CounselorId);
            return await calls.ViewReplyAsync(counselorId);
        });
    }

    /// <summary>The consult is over (<paramref name="reason"/>), seen from either counselor's call.</summary>
    public async Task EndAsync(CurrentCall current, string consultedId, string reason, CancellationToken cancellationToken)
    {
        var ended = await engine.EndConsultAsync(current.CallSid, consultedId, $"consult-end:{current.ReservationId}:{consultedId}:{reason}");
        var lead = current.IsLead ? current : await calls.OfCallerAsync(current.CallSid, current.ReservationId);
        if (lead is not null)
        {
            await ClearAsync(lead);
        }
        await dispatcher.DispatchAsync(ended.Matches, cancellationToken);
    }

    /// <summary>Forgets the consult on the lead's call and takes the caller off hold.</summary>
    public async Task ClearAsync(CurrentCall lead)
    {
        await legs.ClearAsync(lead.ReservationId, CallLegState.ConsultCounselorField, CallLegState.ConsultLegField, CallLegState.ConsultReservationField);
        await InCallSteps.BestEffortAsync(logger, () => hold.SetHoldAsync(lead, false), "take the caller off hold");
    }

    /// <summary>
    /// The consulted counselor's leg ended (declined, rang out, hung up) without a hand-over. A late callback of an
    /// earlier consult changes nothing in a newer one.
    /// </summary>
    public async Task LegEndedAsync(string callerSid, string mainReservationId, string consultReservationId, string consultedId, CancellationToken cancellationToken)
    {
        var ended = await engine.EndConsultAsync(callerSid, consultedId, $"consult-end:{consultReservationId}");
        if (await calls.OfCallerAsync(callerSid, mainReservationId) is { } lead && lead.Legs.ConsultReservation == consultReservationId)
        {
            await ClearAsync(lead);
            await observer.CallsChangedAsync(cancellationToken, lead.CounselorId);
        }
        await dispatcher.DispatchAsync(ended.Matches, cancellationToken);
        await observer.CallsChangedAsync(cancellationToken, consultedId);
    }
}
