using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.CallControl.OutsideNumbers;
using Ivr.Server.Telephony;
using Microsoft.Extensions.Options;

namespace Ivr.Server.CallControl.Outbound;

/// <summary>
/// A counselor calls a number from the center's number (a message's caller, a failed callback, an allowed outside
/// number): the number must be E.164 (400) and among the prefixes operations allow (<see cref="OutsideNumberPolicy"/>,
/// 403); the counselor must be Available (409) and under their hourly limit (429, <see cref="OutboundQuota"/>). The ACD takes them On call at once (no caller is offered to them
/// meanwhile), their softphone is rung into the call's conference, and once they answer the number is dialled into it
/// (<see cref="OutboundDial"/>); from then on it is an ordinary call under its <c>out-</c> id, so mute, hold, consult,
/// three-way and hang-up work as on any call, and its end puts the counselor into wrap-up.
/// </summary>
public sealed partial class OutboundCalls(
    AcdEngine engine, CallLegs legs, CounselorRing ring, OutboundFailures failures, OutsideNumberPolicy outsideNumbers, OutboundQuota quota, PublicUrls urls,
    ICallStateObserver observer, IOptions<CallControlOptions> options, ILogger<OutboundCalls> logger)
{
    /// <param name="language">The call's language; null: the task's, else the counselor's strongest.</param>
    /// <param name="taskId">The follow-up task the call is made for (the record links them).</param>
    /// <returns>202 with <see cref="OutboundCallStarted"/>, or why not.</returns>
    public async Task<InCallReply> StartAsync(string counselorId, string number, string? language, Guid? taskId, CancellationToken cancellationToken)
    {
        if (!E164Number.IsValid(number))
        {
            return InCallReply.BadRequest($"The number must be in E.164 form, such as {E164Number.Example}.");
        }
        if (!await outsideNumbers.AllowsAsync(number, cancellationToken))
        {
            return InCallReply.Forbidden($"{number} is not among the numbers counselors may call (ask operations staff to allow its prefix).");
        }
        if (options.Value.CenterNumber is null)
        {
            return InCallReply.Conflict("No center number is configured (CallControl:CenterNumber): calls cannot be placed.");
        }
        if (await quota.ReachedAsync(counselorId))
        {
            LogQuotaReached(counselorId, options.Value.OutboundCallsPerHour);
            return InCallReply.TooManyRequests(
                $"You have placed {options.Value.OutboundCallsPerHour} calls this hour, the most allowed; ask a supervisor if more are needed.");
        }
        if (await engine.GetCounselorAsync(counselorId) is not { } counselor)
        {
            return InCallReply.NotFound($"Counselor '{counselorId}' is not known to the ACD.");
        }
        language ??= counselor.Skills.OrderByDescending(skill => skill.Value).ThenBy(skill => skill.Key, StringComparer.Ordinal).Select(skill => skill.Key).FirstOrDefault();
        if (language is null || !counselor.Skills.ContainsKey(language))
        {
            return InCallReply.BadRequest($"You do not serve the language '{language}'.");
        }
        var callId = AcdEngine.NewOutboundId();
        var reservationId = "o" + callId[4..];
        var started = await engine.StartOutboundAsync(callId, counselorId, language, number, taskId?.ToString(), "outbound:" + callId);
        if (started.Outcome != OutboundOutcome.Started)
        {
            return InCallReply.Conflict(started.Outcome == OutboundOutcome.Busy
                ? $"You can place a call only while available (you are {started.State})."
                : $"The call could not be started ({started.Outcome}).");
        }
        await quota.CountAsync(counselorId);
        // Written before the ring: its status callbacks may come before Twilio's answer to the create request.
        await legs.RememberAsync(reservationId, callId, counselorId);
        await legs.SetAsync(reservationId, (CallLegState.OutboundNumberField, number));
        try
        {
            await ring.RingAsync(reservationId, counselorId, options.Value.OutboundRingSeconds, urls.For(OutboundCallEndpoints.CounselorRouteName, new { reservationId }));
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            LogRingFailed(callId, counselorId, exception.Message);
            await failures.FailAsync(reservationId, "failed", "outbound-ring:" + callId, endLeg: false, cancellationToken);
            return InCallReply.BadGateway("Twilio could not ring your softphone; nothing was dialled, try again.");
        }
        await observer.CallChangedAsync(counselorId, cancellationToken);
        return InCallReply.Accepted(new OutboundCallStarted(callId, reservationId, language));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counselor {CounselorId} was refused a call: {Limit} placed this hour already")]
    private partial void LogQuotaReached(string counselorId, int limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ring counselor {CounselorId} for their outbound call {CallId}: {Reason}")]
    private partial void LogRingFailed(string callId, string counselorId, string reason);
}

/// <summary>The call placed: its id (as the ACD, the softphone and the records know it), its conference's reservation, its language.</summary>
public sealed record OutboundCallStarted(string CallId, string ReservationId, string Language);
