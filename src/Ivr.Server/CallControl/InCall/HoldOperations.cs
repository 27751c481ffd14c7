using Ivr.Acd.Events;
using Ivr.Server.Recordings;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// A counselor's microphone, and the caller's hold (which a consult uses too). On a recorded call the recording is
/// paused while the caller is held (<see cref="RecordingPauses"/>; its failure never fails the hold).
/// </summary>
public sealed class HoldOperations(
    CurrentCalls calls, CallLegs legs, ConferenceControl conference, PublicUrls urls, InCallEvents events, ICallStateObserver observer,
    RecordingPauses recordingPauses)
{
    public async Task<InCallReply> MuteAsync(string counselorId, bool muted, CancellationToken cancellationToken)
    {
        if (await calls.FindAsync(counselorId) is not { } current)
        {
            return InCallReply.NoCall;
        }
        if (current.MyLeg is not { } leg)
        {
            return InCallReply.Conflict("Your leg of this call is not known yet; try again in a moment.");
        }
        return await InCallSteps.OrBadGatewayAsync(async () =>
        {
            await conference.SetMutedAsync(current.Legs.Conference, leg, muted);
            await legs.SetAsync(current.ReservationId, (CallLegState.MutedField(counselorId), Flag(muted)));
            await observer.CallsChangedAsync(cancellationToken, counselorId);
            return await calls.ViewReplyAsync(counselorId);
        });
    }

    public async Task<InCallReply> HoldAsync(string counselorId, bool held, CancellationToken cancellationToken)
    {
        if (await calls.FindAsync(counselorId) is not { } current)
        {
            return InCallReply.NoCall;
        }
        if (!current.IsLead)
        {
            return InCallReply.NotLead;
        }
        if (current.Legs.CallerCallSid is null)
        {
            // A callback not yet dialled, or a call with no caller leg of its own (a lawyer session the counselor interprets).
            return InCallReply.Conflict("This call has no caller leg to put on hold.");
        }
        return await InCallSteps.OrBadGatewayAsync(async () =>
        {
            await SetHoldAsync(current, held);
            await observer.CallsChangedAsync(cancellationToken, counselorId, current.Call.ConsultCounselorId);
            return await calls.ViewReplyAsync(counselorId);
        });
    }

    /// <summary>
    /// Puts the caller on hold or takes them off; throws <see cref="TwilioUnavailableException"/> when Twilio failed.
    /// A recorded call's recording is paused once the caller is held and resumed before a held caller is taken off, so
    /// none of the conversation is missed; if taking them off fails, it is paused again.
    /// </summary>
    public async Task SetHoldAsync(CurrentCall current, bool held)
    {
        var resume = current.Legs.Recorded && !held && current.Legs.Held;
        if (resume)
        {
            await recordingPauses.SetPausedAsync(current.Legs.Conference, current.CallSid, paused: false);
        }
        try
        {
            await conference.SetHoldAsync(current.Legs.Conference, current.Legs.CallerCallSid ?? current.CallSid, held, urls.For(CallerTwimlEndpoints.OnHoldRouteName, new { language = current.Call.Language }));
        }
        catch (TwilioUnavailableException) when (resume)
        {
            await recordingPauses.SetPausedAsync(current.Legs.Conference, current.CallSid, paused: true);
            throw;
        }
        if (current.Legs.Recorded && held)
        {
            // Every time the caller is put on hold, so a repeated hold tries a pause Twilio failed before.
            await recordingPauses.SetPausedAsync(current.Legs.Conference, current.CallSid, paused: true);
        }
        if (held != current.Legs.Held)
        {
            await legs.SetAsync(current.ReservationId, (CallLegState.HeldField, Flag(held)));
            await events.AppendAsync(current.CallSid, held ? CallEventTypes.HoldStarted : CallEventTypes.HoldEnded, []);
        }
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
