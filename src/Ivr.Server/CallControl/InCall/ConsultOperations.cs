using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Queueing;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// Warm transfers: the caller is held while another counselor is rung into the conference (a consult), who then
/// keeps the caller while the first counselor leaves (the hand-over). A consult that ends otherwise:
/// <see cref="ConsultEnding"/>.
/// </summary>
public sealed class ConsultOperations(
    AcdEngine engine, CurrentCalls calls, CallLegs legs, ConferenceControl conference, ConferenceInvites invites, HoldOperations hold,
    IMatchDispatcher dispatcher, ICallStateObserver observer, ICallHandoverObserver handover, TimeProvider time, ILogger<ConsultOperations> logger)
{
    /// <summary>Step one: the caller is held and the named counselor rung into the conference.</summary>
    public async Task<InCallReply> ConsultAsync(string counselorId, string targetId, CancellationToken cancellationToken)
    {
        if (await calls.FindLeadAsync(counselorId) is not { } current)
        {
            return await calls.NotLeadReplyAsync(counselorId);
        }
        var operation = $"consult:{current.ReservationId}:{targetId}:{time.GetUtcNow().ToUnixTimeMilliseconds()}";
        var started = await engine.StartConsultAsync(current.CallSid, targetId, operation);
        if (started.Outcome != InCallOutcome.Done || started.Reservation is not { } reservation)
        {
            return InCallReply.Refused(started.Outcome, targetId);
        }
        // Known before ringing: the consulted leg's first callbacks may come before Twilio's answer to the request.
        await legs.SetAsync(reservation.ReservationId, (CallLegState.CallerField, current.CallSid), (CallLegState.CounselorField, targetId),
            (CallLegState.MainReservationField, current.ReservationId));
        await legs.SetAsync(current.ReservationId, (CallLegState.ConsultCounselorField, targetId), (CallLegState.ConsultReservationField, reservation.ReservationId));
        try
        {
            var leg = await invites.RingCounselorAsync(current, targetId, reservation.ReservationId,
                Math.Max(5, (int)(reservation.Deadline - time.GetUtcNow()).TotalSeconds));
            await legs.RememberConsultLegAsync(current.ReservationId, reservation.ReservationId, leg);
        }
        catch (TwilioUnavailableException exception)
        {
            var undone = await engine.EndConsultAsync(current.CallSid, targetId, operation + ":undo");
            await legs.ClearAsync(current.ReservationId, CallLegState.ConsultCounselorField, CallLegState.ConsultReservationField);
            await dispatcher.DispatchAsync(undone.Matches, cancellationToken);
            return InCallReply.BadGateway(exception.Message);
        }
        await InCallSteps.BestEffortAsync(logger, () => hold.SetHoldAsync(current, true), "hold the caller for the consult");
        await observer.CallsChangedAsync(cancellationToken, counselorId, targetId);
        return await calls.ViewReplyAsync(counselorId);
    }

    /// <summary>Step two: the consulted counselor keeps the caller, the first leaves into wrap-up.</summary>
    public async Task<InCallReply> CompleteConsultAsync(string counselorId, CancellationToken cancellationToken)
    {
        if (await calls.FindLeadAsync(counselorId) is not { } current)
        {
            return await calls.NotLeadReplyAsync(counselorId);
        }
        if (await current.ConsultAsync(engine) is not { } consult)
        {
            return InCallReply.Conflict("No transfer is in progress.");
        }
        if (consult.State != "connected")
        {
            return InCallReply.Conflict($"{consult.CounselorId} has not answered yet.");
        }
        if (current.MyLeg is not { } myLeg || current.Legs.LegOf(consult.CounselorId) is not { } theirLeg)
        {
            return InCallReply.Conflict("The call's legs are not known yet; try again in a moment.");
        }
        try
        {
            // First, so that leaving cannot end the conference and drop the caller.
            await conference.SetEndConferenceOnExitAsync(current.Legs.Conference, myLeg, false);
        }
        catch (TwilioUnavailableException exception)
        {
            return InCallReply.BadGateway(exception.Message);
        }
        var handed = await engine.CompleteConsultAsync(current.CallSid, $"handover:{current.ReservationId}:{consult.CounselorId}");
        if (handed.Outcome != InCallOutcome.Done)
        {
            await InCallSteps.BestEffortAsync(logger, () => conference.SetEndConferenceOnExitAsync(current.Legs.Conference, myLeg, true), "restore end-on-exit");
            return InCallReply.Refused(handed.Outcome, consult.CounselorId);
        }
        await legs.SetAsync(current.ReservationId, (CallLegState.HandedToField, consult.CounselorId), (CallLegState.HandedLegField, theirLeg),
            (CallLegState.ConnectedAtField(consult.CounselorId), current.Legs.ConnectedAt(consult.CounselorId)?.ToString("O") ?? time.GetUtcNow().ToString("O")));
        await legs.ClearAsync(current.ReservationId, CallLegState.ConsultCounselorField, CallLegState.ConsultLegField, CallLegState.ConsultReservationField);
        await InCallSteps.BestEffortAsync(logger, () => conference.SetEndConferenceOnExitAsync(current.Legs.Conference, theirLeg, true), "let the new counselor's hang-up end the call");
        await InCallSteps.BestEffortAsync(logger, () => hold.SetHoldAsync(current, false), "take the caller off hold");
        await InCallSteps.BestEffortAsync(logger, () => conference.HangUpAsync(myLeg), "hang up the first counselor");
        await InCallSteps.BestEffortAsync(logger, () => handover.HandedOverAsync(current.CallSid, consult.CounselorId, theirLeg, cancellationToken), "tell who follows the call");
        await dispatcher.DispatchAsync(handed.Matches, cancellationToken);
        await observer.CallsChangedAsync(cancellationToken, counselorId, consult.CounselorId);
        return await calls.LeftReplyAsync(counselorId);
    }
}
