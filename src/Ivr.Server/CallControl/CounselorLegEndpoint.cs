using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.CallControl.Callbacks;
using Ivr.Server.Ivr;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;
using StackExchange.Redis;
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
        twilio.MapPost("/voice/connect/{reservationId}", ConnectAsync).WithName(ConnectRouteName);
        return twilio;
    }

    /// <summary>
    /// The caller into the conference, unless their counselor's leg ended before they got here: then the ACD has put
    /// them back in line at their place (<see cref="EndedAsync"/>) and they go back to the queue's hold loop in their
    /// language (one the ACD forgot is put back by that loop, <see cref="HoldRejoin"/>). Without an answer from Redis
    /// within <see cref="MeetingDeadline"/> the caller joins, as before the counselor could leave first.
    /// </summary>
    private static async Task<TwiMLResult> ConnectAsync(
        string reservationId, HttpContext context, CallLegs legs, AcdEngine engine, CallMenus menus, QueueTwiml queue, TimeProvider time)
    {
        try
        {
            var first = await legs.FirstAsync(reservationId, CallLegState.MeetingField, CallLegState.CallerJoined).WaitAsync(MeetingDeadline, time);
            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
            if (first == CallLegState.CounselorLeft && form?["CallSid"].ToString() is { Length: > 0 } callSid)
            {
                var (menu, snapshot, session) = await menus.ForCallAsync(callSid, context.RequestAborted).WaitAsync(MeetingDeadline, time);
                var language = (await engine.GetCallerStatusAsync(callSid).WaitAsync(MeetingDeadline, time))?.Language ?? session?.Language;
                if (language is not null)
                {
                    return new TwiMLResult(queue.Enqueue(context, menu, snapshot.Hours, language));
                }
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Joining is what a caller whose counselor answered expects; one who finds nobody there is ended by the leg's end.
        }
        return new TwiMLResult(JoinConference(reservationId));
    }

    private static readonly TimeSpan MeetingDeadline = TimeSpan.FromMilliseconds(500);

    /// <summary>The caller into the reservation's conference; their leaving ends it.</summary>
    public static VoiceResponse JoinConference(string reservationId) =>
        new VoiceResponse().Append(new Dial().Conference(
            ConferenceNames.ForReservation(reservationId), beep: Conference.BeepEnum.False,
            startConferenceOnEnter: true, endConferenceOnExit: true));

    private static async Task<Results<NoContent, BadRequest<string>>> StatusAsync(
        string reservationId, HttpRequest request, [AsParameters] CounselorLegServices services, CancellationToken cancellationToken)
    {
        var (leg, reply) = await LegCallback.ReadNewestAsync(request, services.Sequencer, cancellationToken);
        if (leg is null)
        {
            return reply;
        }
        var engine = services.Engine;
        var state = await services.Legs.GetAsync(reservationId);
        var operation = $"leg:{leg.CallSid}:{leg.Status}";
        IReadOnlyList<Match> matches = leg.Status switch
        {
            CallStatuses.InProgress => await AnsweredAsync(services, state, leg.CallSid, operation),
            CallStatuses.Busy => (await engine.RejectAsync(reservationId, operation)).Matches,
            CallStatuses.NoAnswer or CallStatuses.Failed or CallStatuses.Canceled => (await engine.NoAnswerAsync(reservationId, operation)).Matches,
            CallStatuses.Completed when state.CallerSid is { } callerSid => await EndedAsync(services, state, callerSid, operation),
            _ => [],
        };
        await services.Dispatcher.DispatchAsync(matches, cancellationToken);
        if (state.Counselor is { } counselor && leg.Status is CallStatuses.InProgress or CallStatuses.Completed)
        {
            await services.Observer.CallChangedAsync(counselor, cancellationToken);
        }
        return TypedResults.NoContent();
    }

    private static async Task<IReadOnlyList<Match>> AnsweredAsync(CounselorLegServices services, CallLegState state, string legSid, string operation)
    {
        var reservationId = state.ReservationId;
        var callerSid = state.CallerSid;
        var accepted = await services.Engine.AcceptAsync(reservationId, operation);
        var taken = accepted.Outcome == ReservationOutcome.Accepted;
        if (taken && state.ConnectedAt(accepted.CounselorId!) is not null)
        {
            return []; // this delivery again, after a Redis failure past the redirect: the caller is in already
        }
        if (taken && callerSid is not null && AcdEngine.IsCallbackId(callerSid) &&
            await services.Engine.GetCallbackAsync(callerSid) is { State: CallbackState.Dialling })
        {
            // A callback: the counselor is on the line first; now the caller is dialled.
            await services.Legs.SetAsync(reservationId, (CallLegState.LegField, legSid));
            return await services.CallbackDial.DialAsync(state);
        }
        if (taken && callerSid is not null)
        {
            // Noted before the redirect, so that a retry of this delivery never moves the caller twice.
            var connectedAt = CallLegState.ConnectedAtField(accepted.CounselorId!);
            await services.Legs.SetAsync(reservationId, (connectedAt, services.Time.GetUtcNow().ToString("O")), (CallLegState.LegField, legSid));
            if (await CounselorLegRequests.BringCallerAsync(services.Conference, state.CallerCallSid ?? callerSid, services.Urls.For(ConnectRouteName, new { reservationId })))
            {
                return [];
            }
            await services.Legs.ClearAsync(reservationId, connectedAt);
        }
        // The caller is gone, Twilio could not move them, or the reservation expired: end the counselor's answered leg
        // (tried again until Twilio does). A caller still on hold is put back in line by their next hold request
        // (HoldRejoin), keeping their place.
        await services.HangUps.EndAsync(legSid, answered: true);
        return taken && callerSid is not null ? (await services.Engine.RemoveCallerAsync(callerSid, "hangup", operation + ":gone")).Matches : [];
    }

    /// <summary>
    /// Ended after talking: wrap-up (unless this counselor had transferred the caller away). Ended before the caller
    /// joined them: the caller goes back in line at their place. Ended before answering: as a no-answer.
    /// </summary>
    private static async Task<IReadOnlyList<Match>> EndedAsync(CounselorLegServices services, CallLegState state, string callerSid, string operation)
    {
        if (state.Counselor is { } counselor && !AcdEngine.IsCallbackId(callerSid) &&
            await services.Legs.FirstAsync(state.ReservationId, CallLegState.MeetingField, CallLegState.CounselorLeft) == CallLegState.CounselorLeft)
        {
            var returned = await services.Engine.ReturnToLineAsync(callerSid, counselor, operation);
            if (returned.Outcome == InCallOutcome.Done)
            {
                LogReturnedToLine(services.Logger, callerSid, counselor);
                return returned.Matches;
            }
        }
        var ended = await services.Engine.CallEndedAsync(callerSid, operation, state.Counselor);
        if (ended.Outcome != PresenceOutcome.Changed)
        {
            if (AcdEngine.IsCallbackId(callerSid) && await services.Engine.GetCallbackAsync(callerSid) is { State: CallbackState.Dialling } callback &&
                callback.CounselorId == state.Counselor)
            {
                // The counselor left while their callback was being dialled: the attempt failed, and the dial stops.
                return await services.CallbackAttempts.FailAsync(state.ReservationId, CallbackFailureReason.Failed, operation, endDial: true);
            }
            return (await services.Engine.NoAnswerAsync(state.ReservationId, operation)).Matches;
        }
        if (state.Counselor is { } talked && state.ConnectedAt(talked) is not null && state.CallerCallSid is { } callerCall)
        {
            await CounselorLegRequests.EndCallerAsync(services.Conference, callerCall, services.Logger);
        }
        return ended.Matches;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counselor {CounselorId} left before caller {CallSid} joined them: the caller is back in line at their place")]
    private static partial void LogReturnedToLine(ILogger logger, string callSid, string counselorId);
}
