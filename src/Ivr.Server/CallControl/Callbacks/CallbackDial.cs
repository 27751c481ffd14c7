using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;

namespace Ivr.Server.CallControl.Callbacks;

/// <summary>
/// The counselor answered a callback's ring (they are in the reservation's conference, On call): dial the caller from the
/// center's number. The dialled call asks for Twilio's answering-machine detection and, once answered, requests
/// <see cref="CallbackCallEndpoints"/>, where only the caller's key brings them in. Placed once per reservation; never
/// retried (Polly does not replay a create: the first attempt may have rung the phone); a dial Twilio refuses is a failed
/// attempt.
/// </summary>
public sealed partial class CallbackDial(
    AcdEngine engine, ITwilioRestClient twilio, CallLegs legs, PublicUrls urls, CallbackAttempts attempts,
    IOptions<CallControlOptions> callControl, IOptions<CallbackOptions> options, ILogger<CallbackDial> logger) : ICallbackLine
{
    public const string MachineDetection = "Enable";

    public bool CanCallBack => callControl.Value.CenterNumber is not null;

    /// <returns>The matches to dispatch (only when the attempt failed at once).</returns>
    public async Task<IReadOnlyList<Match>> DialAsync(CallLegState state)
    {
        var reservationId = state.ReservationId;
        if (!await legs.ClaimAsync(reservationId, CallLegState.DialClaimField))
        {
            return []; // this answer again: dialled already
        }
        if (await engine.GetCallbackAsync(state.CallerSid!) is not { State: CallbackState.Dialling } callback)
        {
            return await attempts.FailAsync(reservationId, CallbackFailureReason.Failed, "dial:" + reservationId);
        }
        if (callControl.Value.CenterNumber is not { } centerNumber)
        {
            LogNoCenterNumber(callback.CallbackId);
            return await attempts.FailAsync(reservationId, CallbackFailureReason.Failed, "dial:" + reservationId);
        }
        try
        {
            var dial = CenterDials.Options(callback.Number, centerNumber, urls.For(CallbackCallEndpoints.AnswerRouteName, new { reservationId }),
                urls.For(CallbackCallEndpoints.StatusRouteName, new { reservationId }), options.Value.RingSeconds);
            dial.MachineDetection = MachineDetection;
            var call = await CallResource.CreateAsync(dial, twilio);
            await legs.SetAsync(reservationId, (CallLegState.DialledField, call.Sid));
            return [];
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            LogDialFailed(callback.CallbackId, exception.Message);
            return await attempts.FailAsync(reservationId, CallbackFailureReason.Failed, "dial:" + reservationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Callback {CallbackId} cannot be dialled: CallControl:CenterNumber is not configured")]
    private partial void LogNoCenterNumber(string callbackId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not dial callback {CallbackId}: {Reason}; the attempt counts as failed")]
    private partial void LogDialFailed(string callbackId, string reason);
}
