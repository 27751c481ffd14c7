using Ivr.Acd.Model;
using Twilio.Types;

namespace Ivr.Server.CallControl.InCall;

public sealed partial class InCallOperations
{
    /// <summary>Blind transfer to another language's queue: the caller keeps their priority and original arrival time.</summary>
    public async Task<InCallReply> TransferToLanguageAsync(string counselorId, string language, CancellationToken cancellationToken)
    {
        if (!engine.Languages.Contains(language))
        {
            return InCallReply.BadRequest($"There is no queue for language '{language}'.");
        }
        if (await LeadCallAsync(counselorId) is not { } current)
        {
            return await NotLeadReplyAsync(counselorId);
        }
        if (language == current.Call.Language)
        {
            return InCallReply.Conflict($"The caller is already served in '{language}'.");
        }
        var result = await engine.TransferToLanguageAsync(current.CallSid, language, $"transfer:{current.ReservationId}:{language}");
        return await AfterBlindTransferAsync(current, result, language, cancellationToken);
    }

    /// <summary>Blind transfer to a named available counselor; should they not answer, the caller waits in line.</summary>
    public async Task<InCallReply> TransferToCounselorAsync(string counselorId, string targetId, CancellationToken cancellationToken)
    {
        if (await LeadCallAsync(counselorId) is not { } current)
        {
            return await NotLeadReplyAsync(counselorId);
        }
        var result = await engine.TransferToCounselorAsync(current.CallSid, targetId, $"transfer:{current.ReservationId}:{targetId}");
        return await AfterBlindTransferAsync(current, result, current.Call.Language, cancellationToken, targetId);
    }

    /// <summary>Warm transfer, step one: the caller is held and the named counselor rung into the conference.</summary>
    public async Task<InCallReply> ConsultAsync(string counselorId, string targetId, CancellationToken cancellationToken)
    {
        if (await LeadCallAsync(counselorId) is not { } current)
        {
            return await NotLeadReplyAsync(counselorId);
        }
        var operation = $"consult:{current.ReservationId}:{targetId}:{time.GetUtcNow().ToUnixTimeMilliseconds()}";
        var started = await engine.StartConsultAsync(current.CallSid, targetId, operation);
        if (started.Outcome != InCallOutcome.Done || started.Reservation is not { } reservation)
        {
            return Refused(started.Outcome, targetId);
        }
        // Known before ringing: the consulted leg's first callbacks may come before Twilio's answer to the request.
        await legs.SetAsync(reservation.ReservationId, (CallLegState.CallerField, current.CallSid), (CallLegState.CounselorField, targetId),
            (CallLegState.MainReservationField, current.ReservationId));
        await legs.SetAsync(current.ReservationId, (CallLegState.ConsultCounselorField, targetId), (CallLegState.ConsultReservationField, reservation.ReservationId));
        try
        {
            var leg = await conference.AddAsync(current.Legs.Conference, new Client(options.Value.CallerId), new Client(targetId),
                urls.For(ConsultLegEndpoint.RouteName, new { reservationId = reservation.ReservationId }),
                Math.Max(5, (int)(reservation.Deadline - time.GetUtcNow()).TotalSeconds), "consult");
            await RememberConsultLegAsync(current.ReservationId, reservation.ReservationId, leg);
        }
        catch (TwilioUnavailableException exception)
        {
            var undone = await engine.EndConsultAsync(current.CallSid, targetId, operation + ":undo");
            await legs.ClearAsync(current.ReservationId, CallLegState.ConsultCounselorField, CallLegState.ConsultReservationField);
            await dispatcher.DispatchAsync(undone.Matches, cancellationToken);
            return InCallReply.BadGateway(exception.Message);
        }
        await BestEffortAsync(() => SetHoldAsync(current, true), "hold the caller for the consult");
        await NotifyAsync(cancellationToken, counselorId, targetId);
        return await ViewReplyAsync(counselorId);
    }

    /// <summary>Warm transfer, step two: the consulted counselor keeps the caller, the first leaves into wrap-up.</summary>
    public async Task<InCallReply> CompleteConsultAsync(string counselorId, CancellationToken cancellationToken)
    {
        if (await LeadCallAsync(counselorId) is not { } current)
        {
            return await NotLeadReplyAsync(counselorId);
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
            await BestEffortAsync(() => conference.SetEndConferenceOnExitAsync(current.Legs.Conference, myLeg, true), "restore end-on-exit");
            return Refused(handed.Outcome, consult.CounselorId);
        }
        await legs.SetAsync(current.ReservationId, (CallLegState.HandedToField, consult.CounselorId), (CallLegState.HandedLegField, theirLeg),
            (CallLegState.ConnectedAtField(consult.CounselorId), current.Legs.ConnectedAt(consult.CounselorId)?.ToString("O") ?? time.GetUtcNow().ToString("O")));
        await legs.ClearAsync(current.ReservationId, CallLegState.ConsultCounselorField, CallLegState.ConsultLegField, CallLegState.ConsultReservationField);
        await BestEffortAsync(() => conference.SetEndConferenceOnExitAsync(current.Legs.Conference, theirLeg, true), "let the new counselor's hang-up end the call");
        await BestEffortAsync(() => SetHoldAsync(current, false), "take the caller off hold");
        await BestEffortAsync(() => conference.HangUpAsync(myLeg), "hang up the first counselor");
        await dispatcher.DispatchAsync(handed.Matches, cancellationToken);
        await NotifyAsync(cancellationToken, counselorId, consult.CounselorId);
        return await LeftReplyAsync(counselorId);
    }

    public async Task<InCallReply> CancelConsultAsync(string counselorId, CancellationToken cancellationToken)
    {
        if (await LeadCallAsync(counselorId) is not { } current)
        {
            return await NotLeadReplyAsync(counselorId);
        }
        if (await current.ConsultAsync(engine) is not { } consult)
        {
            return InCallReply.Conflict("No transfer is in progress.");
        }
        return await TwilioAsync(async () =>
        {
            if (current.Legs.LegOf(consult.CounselorId) is { } leg)
            {
                await conference.HangUpAsync(leg, ringing: consult.State == "ringing");
            }
            await EndConsultAsync(current, consult.CounselorId, "cancel", cancellationToken);
            await NotifyAsync(cancellationToken, counselorId, consult.CounselorId);
            return await ViewReplyAsync(counselorId);
        });
    }

    /// <summary>The consult is over without a hand-over: the consulted counselor is free, the caller back off hold.</summary>
    internal async Task EndConsultAsync(CurrentCall current, string consultedId, string reason, CancellationToken cancellationToken)
    {
        var ended = await engine.EndConsultAsync(current.CallSid, consultedId, $"consult-end:{current.ReservationId}:{consultedId}:{reason}");
        var lead = current.IsLead ? current : await CurrentCallOfCallerAsync(current.CallSid, current.ReservationId);
        if (lead is not null)
        {
            await ClearConsultAsync(lead);
        }
        await dispatcher.DispatchAsync(ended.Matches, cancellationToken);
    }

    internal async Task ClearConsultAsync(CurrentCall lead)
    {
        await legs.ClearAsync(lead.ReservationId, CallLegState.ConsultCounselorField, CallLegState.ConsultLegField, CallLegState.ConsultReservationField);
        await BestEffortAsync(() => SetHoldAsync(lead, false), "take the caller off hold");
    }

    private async Task<InCallReply> AfterBlindTransferAsync(CurrentCall current, InCallResult result, string queueLanguage, CancellationToken cancellationToken, string? targetId = null)
    {
        if (result.Outcome != InCallOutcome.Done)
        {
            return Refused(result.Outcome, targetId);
        }
        // The caller waits in the queue's hold loop until the next counselor answers (the conference ends as they leave it).
        var moved = true;
        try
        {
            await conference.RedirectAsync(current.CallSid, urls.For(CallerTwimlEndpoints.TransferredRouteName, new { language = queueLanguage }));
        }
        catch (TwilioUnavailableException exception)
        {
            moved = false;
            LogStepFailed("move the transferred caller to the queue", exception.InnerException?.Message ?? exception.Message);
            await redirects.AddAsync(current.CallSid, queueLanguage);
        }
        await dispatcher.DispatchAsync([.. result.Reservation is { } reservation ? [reservation] : Array.Empty<Match>(), .. result.Matches], cancellationToken);
        await NotifyAsync(cancellationToken, current.CounselorId);
        return moved
            ? await LeftReplyAsync(current.CounselorId)
            : InCallReply.BadGateway("The caller is transferred, but Twilio could not move them to the queue yet: they stay on your line until the server moves them (it keeps trying) or the next counselor answers.");
    }

    private async Task<CurrentCall?> LeadCallAsync(string counselorId) =>
        await CurrentCall.FindAsync(engine, legs, counselorId) is { IsLead: true } current ? current : null;

    private async Task<InCallReply> NotLeadReplyAsync(string counselorId) =>
        await CurrentCall.FindAsync(engine, legs, counselorId) is null ? InCallReply.NoCall : InCallReply.NotLead;

    private static InCallReply Refused(InCallOutcome outcome, string? targetId) => outcome switch
    {
        InCallOutcome.Consulting => InCallReply.Conflict("A transfer is in progress: complete or cancel it first."),
        InCallOutcome.NotConsulting => InCallReply.Conflict("No transfer is in progress."),
        InCallOutcome.NotAnswered => InCallReply.Conflict($"{targetId} has not answered yet."),
        InCallOutcome.Unavailable => InCallReply.Conflict($"Counselor {targetId} is not available."),
        InCallOutcome.UnknownCounselor => InCallReply.NotFound($"There is no counselor {targetId}."),
        _ => InCallReply.NoCall,
    };

    /// <summary>
    /// The consulted counselor's leg ended (declined, rang out, hung up) without a hand-over. A late callback of an
    /// earlier consult changes nothing in a newer one.
    /// </summary>
    internal async Task ConsultLegEndedAsync(string callerSid, string mainReservationId, string consultReservationId, string consultedId, CancellationToken cancellationToken)
    {
        var ended = await engine.EndConsultAsync(callerSid, consultedId, $"consult-end:{consultReservationId}");
        if (await CurrentCallOfCallerAsync(callerSid, mainReservationId) is { } lead && lead.Legs.ConsultReservation == consultReservationId)
        {
            await ClearConsultAsync(lead);
            await NotifyAsync(cancellationToken, lead.CounselorId);
        }
        await dispatcher.DispatchAsync(ended.Matches, cancellationToken);
        await NotifyAsync(cancellationToken, consultedId);
    }

    internal async Task RememberConsultLegAsync(string mainReservationId, string consultReservationId, string leg)
    {
        await legs.SetAsync(consultReservationId, (CallLegState.LegField, leg));
        await legs.SetAsync(mainReservationId, (CallLegState.ConsultLegField, leg));
    }
}
