using System.Globalization;
using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Server.CallControl.OutsideNumbers;
using Ivr.Server.Queueing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// What a counselor does to their current call: mute, hold, transfer, consult, add or drop an outside number, hang
/// up, or decline while it rings. Twilio is asked first where a failure must leave the call as it was; the ACD
/// engine decides who talks to whom; <see cref="CallLegs"/> keeps the rest for the softphone's view.
/// </summary>
public sealed partial class InCallOperations(
    AcdEngine engine,
    CallLegs legs,
    ConferenceControl conference,
    IMatchDispatcher dispatcher,
    PublicUrls urls,
    IOptions<CallControlOptions> options,
    ICallStateObserver observer,
    IConnectionMultiplexer redis,
    TransferRedirects redirects,
    OutsideNumberPolicy outsideNumbers,
    TimeProvider time,
    ILogger<InCallOperations> logger)
{
    public async Task<ActiveCallView?> GetViewAsync(string counselorId)
    {
        if (await CurrentCall.FindAsync(engine, legs, counselorId) is not { } current)
        {
            return null;
        }
        var consult = await current.ConsultAsync(engine);
        return new ActiveCallView(
            current.ReservationId,
            current.Call.Language,
            current.Legs.ConnectedAt(counselorId),
            current.Legs.IsMuted(counselorId),
            current.Legs.Held,
            consult is { } c ? new ConsultView(c.CounselorId, c.State) : null,
            [.. current.Legs.Parties.Select(party => new ParticipantView(party.Id, party.Number, party.Label, party.State))]);
    }

    public async Task<InCallReply> MuteAsync(string counselorId, bool muted, CancellationToken cancellationToken)
    {
        if (await CurrentCall.FindAsync(engine, legs, counselorId) is not { } current)
        {
            return InCallReply.NoCall;
        }
        if (current.MyLeg is not { } leg)
        {
            return InCallReply.Conflict("Your leg of this call is not known yet; try again in a moment.");
        }
        return await TwilioAsync(async () =>
        {
            await conference.SetMutedAsync(current.Legs.Conference, leg, muted);
            await legs.SetAsync(current.ReservationId, (CallLegState.MutedField(counselorId), Flag(muted)));
            await NotifyAsync(cancellationToken, counselorId);
            return await ViewReplyAsync(counselorId);
        });
    }

    public async Task<InCallReply> HoldAsync(string counselorId, bool held, CancellationToken cancellationToken)
    {
        if (await CurrentCall.FindAsync(engine, legs, counselorId) is not { } current)
        {
            return InCallReply.NoCall;
        }
        if (!current.IsLead)
        {
            return InCallReply.NotLead;
        }
        return await TwilioAsync(async () =>
        {
            await SetHoldAsync(current, held);
            await NotifyAsync(cancellationToken, counselorId, current.Call.ConsultCounselorId);
            return await ViewReplyAsync(counselorId);
        });
    }

    /// <summary>Ends the call (the lead) or leaves the consult (the consulted counselor); the lead goes into wrap-up.</summary>
    public async Task<InCallReply> HangUpAsync(string counselorId, CancellationToken cancellationToken)
    {
        if (await CurrentCall.FindAsync(engine, legs, counselorId) is not { } current)
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
        return await TwilioAsync(async () =>
        {
            await conference.HangUpAsync(leg);
            if (current.IsLead)
            {
                var ended = await engine.CallEndedAsync(current.CallSid, $"hangup:{current.ReservationId}:{counselorId}", counselorId);
                await dispatcher.DispatchAsync(ended.Matches, cancellationToken);
            }
            else
            {
                await EndConsultAsync(current, counselorId, "left", cancellationToken);
            }
            await NotifyAsync(cancellationToken, counselorId);
            return await LeftReplyAsync(counselorId);
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
            await BestEffortAsync(() => conference.HangUpAsync(leg, ringing: true), "stop ringing " + leg);
        }
        if (state.MainReservation is { } main && state.CallerSid is { } callerSid)
        {
            // A consult was declined: the lead gets the caller back off hold.
            var lead = await CurrentCallOfCallerAsync(callerSid, main);
            if (lead is not null && lead.Legs.ConsultReservation == reservationId)
            {
                await ClearConsultAsync(lead);
                await NotifyAsync(cancellationToken, lead.CounselorId);
            }
        }
        await dispatcher.DispatchAsync(rejected.Matches, cancellationToken);
        await NotifyAsync(cancellationToken, counselorId);
        return await LeftReplyAsync(counselorId);
    }

    private async Task SetHoldAsync(CurrentCall current, bool held)
    {
        await conference.SetHoldAsync(current.Legs.Conference, current.CallSid, held, urls.For(CallerTwimlEndpoints.OnHoldRouteName, new { language = current.Call.Language }));
        if (held != current.Legs.Held)
        {
            await legs.SetAsync(current.ReservationId, (CallLegState.HeldField, Flag(held)));
            await AppendEventAsync(current.CallSid, held ? CallEventTypes.HoldStarted : CallEventTypes.HoldEnded, []);
        }
    }

    private async Task<CurrentCall?> CurrentCallOfCallerAsync(string callerSid, string reservationId) =>
        await engine.GetCallAsync(callerSid) is { State: CallerState.Connected, CounselorId: { } lead } call
            ? new CurrentCall(lead, call, await legs.GetAsync(reservationId))
            : null;

    private async Task<InCallReply> ViewReplyAsync(string counselorId) =>
        await GetViewAsync(counselorId) is { } view ? InCallReply.Ok(view) : await LeftReplyAsync(counselorId);

    private async Task<InCallReply> LeftReplyAsync(string counselorId) =>
        InCallReply.Ok(new CallLeftResponse((await engine.GetCounselorAsync(counselorId))?.State.ToString() ?? "Unknown"));

    private Task AppendEventAsync(string callSid, string type, Dictionary<string, string> fields)
    {
        var now = time.GetUtcNow();
        var id = $"{callSid}:{type}:{now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";
        return CallEventStream.AppendAsync(redis.GetDatabase(), engine.Keys.ContactCenter, new CallEvent(id, type, callSid, now, fields));
    }

    private async Task NotifyAsync(CancellationToken cancellationToken, params string?[] counselorIds)
    {
        foreach (var id in counselorIds.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await observer.CallChangedAsync(id, cancellationToken);
        }
    }

    private static async Task<InCallReply> TwilioAsync(Func<Task<InCallReply>> operation)
    {
        try
        {
            return await operation();
        }
        catch (TwilioUnavailableException exception)
        {
            return InCallReply.BadGateway(exception.Message);
        }
    }

    /// <summary>For steps after the one that matters: the call is fine without them, so a failure is only logged.</summary>
    private async Task BestEffortAsync(Func<Task> step, string what)
    {
        try
        {
            await step();
        }
        catch (TwilioUnavailableException exception)
        {
            LogStepFailed(what, exception.InnerException?.Message ?? exception.Message);
        }
    }

    private static string Flag(bool value) => value ? "true" : "false";

    [LoggerMessage(Level = LogLevel.Warning, Message = "In-call step failed ({What}): {Reason}")]
    private partial void LogStepFailed(string what, string reason);
}
