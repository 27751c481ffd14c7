using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Queueing;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.TwiML;
using Conference = Twilio.TwiML.Voice.Conference;
using Dial = Twilio.TwiML.Voice.Dial;

namespace Ivr.Server.CallControl;

/// <summary>
/// Twilio's status callbacks for the leg that rings a counselor, and the TwiML that brings the caller into the
/// conference once the counselor answered. Callbacks may come late or out of order: stale ones are ignored.
/// </summary>
public static partial class CounselorLegEndpoint
{
    public const string RouteName = "twilio-counselor-leg-status";
    public const string ConnectRouteName = "twilio-connect-caller";

    public static RouteGroupBuilder MapCounselorLeg(this RouteGroupBuilder twilio)
    {
        twilio.MapPost("/voice/counselor/{reservationId}/status", StatusAsync).WithName(RouteName).AddEndpointFilter<RedisOutageRetryFilter>();
        twilio.MapPost("/voice/connect/{reservationId}", Connect).WithName(ConnectRouteName);
        return twilio;
    }

    private static TwiMLResult Connect(string reservationId) =>
        new(new VoiceResponse().Append(new Dial().Conference(
            ConferenceNames.ForReservation(reservationId), beep: Conference.BeepEnum.False,
            startConferenceOnEnter: true, endConferenceOnExit: true)));

    private static async Task<Results<NoContent, BadRequest<string>>> StatusAsync(
        string reservationId, HttpRequest request, AcdEngine engine, CallLegs legs, CallbackSequencer sequencer,
        IMatchDispatcher dispatcher, ITwilioRestClient twilio, ConferenceControl conference, PublicUrls urls, ICallStateObserver observer, TimeProvider time,
        ILogger<CallLegs> logger, CancellationToken cancellationToken)
    {
        if (!TwilioVoiceRequest.TryRead(await request.ReadFormAsync(cancellationToken), out var leg, out var problem) ||
            leg is not { CallStatus: { Length: > 0 } status, SequenceNumber: { } sequence })
        {
            return TypedResults.BadRequest(problem.Length > 0 ? problem : "CallStatus and SequenceNumber are required.");
        }
        var legSid = leg.CallSid;
        if (!await sequencer.IsNewestAsync(legSid, sequence, CallbackSequencer.DeliveryOf(request)))
        {
            return TypedResults.NoContent();
        }

        var state = await legs.GetAsync(reservationId);
        var callerSid = state.CallerSid;
        var operation = $"leg:{legSid}:{status}";
        IReadOnlyList<Match> matches = [];
        switch (status)
        {
            case "in-progress":
                var accepted = await engine.AcceptAsync(reservationId, operation);
                if (accepted.Outcome == ReservationOutcome.Accepted && state.ConnectedAt(accepted.CounselorId!) is not null)
                {
                    break; // this delivery again, after a Redis failure past the redirect: the caller is in already
                }
                if (accepted.Outcome == ReservationOutcome.Accepted && callerSid is not null)
                {
                    // Noted before the redirect, so that a retry of this delivery never moves the caller twice.
                    var connectedAt = CallLegState.ConnectedAtField(accepted.CounselorId!);
                    await legs.SetAsync(reservationId, (connectedAt, time.GetUtcNow().ToString("O")), (CallLegState.LegField, legSid));
                    if (await BringCallerAsync(twilio, callerSid, urls.For(ConnectRouteName, new { reservationId })))
                    {
                        break;
                    }
                    await legs.ClearAsync(reservationId, connectedAt);
                }
                // The caller is gone, Twilio could not move them, or the reservation expired: let the counselor go. A
                // caller still on hold is put back in line by their next hold request (HoldRejoin), keeping their place.
                await LetCounselorGoAsync(conference, legSid, logger);
                if (accepted.Outcome == ReservationOutcome.Accepted && callerSid is not null)
                {
                    matches = (await engine.RemoveCallerAsync(callerSid, "hangup", operation + ":gone")).Matches;
                }
                break;
            case "busy":
                matches = (await engine.RejectAsync(reservationId, operation)).Matches;
                break;
            case "no-answer" or "failed" or "canceled":
                matches = (await engine.NoAnswerAsync(reservationId, operation)).Matches;
                break;
            case "completed" when callerSid is not null:
                // Ended after talking: wrap-up (unless this counselor had transferred the caller away). Ended before
                // answering: as a no-answer.
                var ended = await engine.CallEndedAsync(callerSid, operation, state.Counselor);
                if (ended.Outcome == PresenceOutcome.Changed && state.Counselor is { } talked && state.ConnectedAt(talked) is not null)
                {
                    await EndCallerAsync(twilio, callerSid, logger);
                }
                matches = ended.Outcome == PresenceOutcome.Changed ? ended.Matches : (await engine.NoAnswerAsync(reservationId, operation)).Matches;
                break;
        }
        await dispatcher.DispatchAsync(matches, cancellationToken);
        if (state.Counselor is { } counselor && status is "in-progress" or "completed")
        {
            await observer.CallChangedAsync(counselor, cancellationToken);
        }
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The counselor's leg ended their call with the caller. Usually the conference ended with it and the caller's call
    /// is over already (Twilio answers 21220). But a counselor who hangs up a moment after answering may end the
    /// conference before the caller's redirect into it lands; the caller would then start it again, alone, with
    /// nothing to end their call. Ending the caller's call here closes that gap whatever the order.
    /// </summary>
    private static async Task EndCallerAsync(ITwilioRestClient twilio, string callerSid, ILogger logger)
    {
        try
        {
            await CallResource.UpdateAsync(new UpdateCallOptions(callerSid) { Status = CallResource.UpdateStatusEnum.Completed }, twilio);
        }
        catch (Exception exception) when (TwilioFailures.IsCallGone(exception))
        {
            // The usual case: the caller's call ended with the conference.
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            LogCallerNotEnded(logger, callerSid, exception.Message);
        }
    }

    /// <returns>False when the caller's call is no longer in progress (21220) or Twilio could not be reached (an answer
    /// or an open circuit): either way the caller is not in the conference.</returns>
    private static async Task<bool> BringCallerAsync(ITwilioRestClient twilio, string callerSid, Uri connectUrl)
    {
        try
        {
            await CallResource.UpdateAsync(new UpdateCallOptions(callerSid) { Url = connectUrl, Method = Twilio.Http.HttpMethod.Post }, twilio);
            return true;
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            return false;
        }
    }

    private static async Task LetCounselorGoAsync(ConferenceControl conference, string legSid, ILogger logger)
    {
        try
        {
            // They answered: the leg is in progress, which Status=canceled leaves untouched (Twilio answers 200 and the
            // counselor stays on a call with nobody while the ACD offers them the next caller).
            await conference.HangUpAsync(legSid);
        }
        catch (TwilioUnavailableException exception)
        {
            // The counselor's softphone shows the call ended by the ACD; their leg ends when they hang up.
            LogCounselorLegNotEnded(logger, legSid, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not end caller {CallSid} after their counselor hung up: {Reason}")]
    private static partial void LogCallerNotEnded(ILogger logger, string callSid, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not end counselor leg {CallSid} whose caller could not be brought in: {Reason}")]
    private static partial void LogCounselorLegNotEnded(ILogger logger, string callSid, string reason);
}
