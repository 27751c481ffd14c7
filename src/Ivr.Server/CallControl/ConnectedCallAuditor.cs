using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.CallControl.Outbound;
using Ivr.Server.Queueing;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;

namespace Ivr.Server.CallControl;

/// <summary>
/// The safety net under the status callbacks: a counselor shown On call in two audits running (so for at least one
/// interval) has their call fetched from Twilio, and a call Twilio reports ended (or does not know) ends in the ACD
/// too, putting the counselor into wrap-up (a call they placed that reached nobody frees them at once, as its own
/// callbacks would have: <see cref="OutboundFailures"/>). Without it, a counselor whose call's end was never reported
/// (callbacks lost, the server down at that moment) would stay On call and never be offered another caller. Safe on
/// every instance at once: the ACD applies a call's end once (operation id).
/// </summary>
public sealed partial class ConnectedCallAuditor(
    AcdEngine engine, CallLegs legs, ITwilioRestClient twilio, IMatchDispatcher dispatcher, ICallStateObserver observer,
    OutboundFailures outboundFailures, IOptions<CallControlOptions> options, TimeProvider time, ILogger<ConnectedCallAuditor> logger) : BackgroundService
{
    private Dictionary<string, string> onCallLastAudit = [];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.AuditInterval, time, () => AuditAsync(stoppingToken), LogAuditFailed, stoppingToken);

    /// <summary>One audit; returns the counselors whose ended call was ended in the ACD.</summary>
    public async Task<IReadOnlyList<string>> AuditAsync(CancellationToken cancellationToken)
    {
        var onCall = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var counselor in engine.ScanCounselorsAsync().WithCancellation(cancellationToken))
        {
            if (counselor is { State: CounselorState.OnCall, CallSid: { } callSid })
            {
                onCall[counselor.Id] = callSid;
            }
        }
        var previous = onCallLastAudit;
        onCallLastAudit = onCall;

        var repaired = new List<string>();
        foreach (var (counselorId, callSid) in onCall.Where(pair => previous.GetValueOrDefault(pair.Key) == pair.Value))
        {
            // A callback's call is known to the ACD by the callback's id, to Twilio by the call dialled to the caller (none
            // while it is being dialled: the ACD's own dial deadline covers that); a call the counselor placed by their own
            // leg, which ends with it.
            var outbound = AcdEngine.IsOutboundId(callSid) && await legs.ReservationOfCallerAsync(callSid) is { } reservationId
                ? (ReservationId: reservationId, State: await legs.GetAsync(reservationId)) : default;
            var twilioCall = AcdEngine.IsCallbackId(callSid) ? (await engine.GetCallbackAsync(callSid))?.DialledCallSid
                : AcdEngine.IsOutboundId(callSid) ? outbound.State?.LegOf(counselorId)
                : callSid;
            if (twilioCall is null || !await HasEndedAsync(twilioCall))
            {
                continue;
            }
            if (outbound.State is { } placed && placed.ConnectedAt(counselorId) is null)
            {
                // The number never answered: nobody to wrap up after.
                await outboundFailures.FailAsync(outbound.ReservationId, "not-reached", "audit:" + callSid, endLeg: false, cancellationToken, endDial: true);
                LogRepaired(counselorId, callSid);
                repaired.Add(counselorId);
                continue;
            }
            var ended = await engine.CallEndedAsync(callSid, "audit:" + callSid, counselorId);
            if (ended.Outcome == PresenceOutcome.Changed)
            {
                LogRepaired(counselorId, callSid);
                repaired.Add(counselorId);
                await observer.CallChangedAsync(counselorId, cancellationToken);
                await dispatcher.DispatchAsync(ended.Matches, cancellationToken);
            }
        }
        return repaired;
    }

    private async Task<bool> HasEndedAsync(string callSid)
    {
        try
        {
            var call = await CallResource.FetchAsync(callSid, client: twilio);
            return CallStatuses.IsTerminal(call.Status?.ToString());
        }
        catch (ApiException exception) when (exception.Status == StatusCodes.Status404NotFound)
        {
            return true; // Twilio keeps every call it placed or received: one it does not know is not going on
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            LogFetchFailed(callSid, exception.Message);
            return false; // unknown: never end a call on a guess; the next audit asks again
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counselor {CounselorId} was shown on call {CallSid}, which Twilio reports ended: the call's end was never reported; the call is now ended in the ACD")]
    private partial void LogRepaired(string counselorId, string callSid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not fetch call {CallSid} for the on-call audit: {Reason}")]
    private partial void LogFetchFailed(string callSid, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "On-call audit failed: {Reason}")]
    private partial void LogAuditFailed(string reason);
}
