using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.FollowUps;

namespace Ivr.Server.CallControl.Callbacks;

/// <summary>
/// A callback's dial that did not reach the caller: the ACD counts the attempt (a retry later, or failed at the last)
/// and frees the counselor at once; their leg, sitting in the empty conference, is ended, and so is the dial when it is
/// still ringing. Returns the matches to dispatch (the freed counselor's next call). The last failed attempt makes the
/// callback a follow-up task for its language's counselors (<see cref="CallbackTasks"/>), to call back by hand.
/// </summary>
public sealed partial class CallbackAttempts(
    AcdEngine engine, CallLegs legs, UnansweredDialLegs unanswered, ICallStateObserver observer, IServiceScopeFactory scopes,
    ILogger<CallbackAttempts> logger)
{
    public async Task<IReadOnlyList<Match>> FailAsync(string reservationId, CallbackFailureReason reason, string operationId, bool endDial = false)
    {
        var state = await legs.GetAsync(reservationId);
        if (state.CallerSid is not { } callbackId)
        {
            return [];
        }
        var result = await engine.CallbackAttemptFailedAsync(callbackId, reason, operationId);
        if (result.Outcome is CallbackOutcome.Retrying or CallbackOutcome.Failed)
        {
            LogAttemptFailed(callbackId, reason, result.Outcome);
        }
        await EndLegsAsync(state, endDial);
        await MakeTaskAsync(result.Failed);
        return result.Matches;
    }

    /// <summary>A dial the ACD's sweep expired (it counted the attempt and freed the counselor): only the legs are left to end.</summary>
    public async Task EndExpiredAsync(ExpiredDial dial)
    {
        if (await legs.ReservationOfCallerAsync(dial.CallbackId) is { } reservationId)
        {
            LogDialExpired(dial.CallbackId, dial.Counselor);
            await EndLegsAsync(await legs.GetAsync(reservationId), endDial: true);
        }
        await MakeTaskAsync(dial.Failed);
    }

    private async Task MakeTaskAsync(FailedCallback? failed)
    {
        if (failed is null)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CallbackTasks>().AcceptAsync(failed, CancellationToken.None);
    }

    private async Task EndLegsAsync(CallLegState state, bool endDial)
    {
        await unanswered.EndAsync(state, counselorLeg: true, dial: endDial);
        if (state.Counselor is { } counselor)
        {
            await observer.CallChangedAsync(counselor, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Callback {CallbackId}: its dial went unreported past Acd:CallbackDialTimeout; ending counselor {Counselor}'s leg and the dial")]
    private partial void LogDialExpired(string callbackId, string counselor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback {CallbackId} not reached ({Reason}): {Outcome}")]
    private partial void LogAttemptFailed(string callbackId, CallbackFailureReason reason, CallbackOutcome outcome);
}
