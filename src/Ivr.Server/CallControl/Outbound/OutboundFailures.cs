using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Queueing;

namespace Ivr.Server.CallControl.Outbound;

/// <summary>
/// An outbound call that reached nobody (the counselor's own ring or the number: busy, no answer, failed, or the
/// counselor hung up first): the ACD ends it and frees the counselor at once, without wrap-up; their leg, sitting in
/// the empty conference, is ended, and so is the dial when it is still ringing. The freed counselor's next call is
/// dispatched. A follow-up task the call was made for is left as it was (open or claimed).
/// </summary>
public sealed partial class OutboundFailures(
    AcdEngine engine, CallLegs legs, UnansweredDialLegs unanswered, IMatchDispatcher dispatcher, ICallStateObserver observer,
    ILogger<OutboundFailures> logger)
{
    /// <param name="endLeg">Whether the counselor's leg is to be ended (not when it is the leg that failed).</param>
    public async Task FailAsync(string reservationId, string reason, string operationId, bool endLeg, CancellationToken cancellationToken, bool endDial = false)
    {
        var state = await legs.GetAsync(reservationId);
        if (state.CallerSid is not { } callId || !AcdEngine.IsOutboundId(callId))
        {
            return;
        }
        var result = await engine.OutboundFailedAsync(callId, reason, operationId);
        LogFailed(callId, reason, result.Outcome);
        await unanswered.EndAsync(state, counselorLeg: endLeg, dial: endDial);
        if (state.Counselor is { } freed)
        {
            await observer.CallChangedAsync(freed, cancellationToken);
        }
        await dispatcher.DispatchAsync(result.Matches, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound call {CallId} reached nobody ({Reason}): {Outcome}")]
    private partial void LogFailed(string callId, string reason, OutboundOutcome outcome);
}
