using Ivr.Acd.Engine;
using Ivr.Acd.Model;

namespace Ivr.Server.Queueing;

/// <summary>The caller IVR's view of the ACD: joins, positions and departures, with the reservations they trigger dispatched.</summary>
public sealed class AcdCallerQueue(AcdEngine engine, IMatchDispatcher dispatcher) : ICallerQueue
{
    public async Task<QueueJoinResult> JoinAsync(QueueJoinRequest request, CancellationToken cancellationToken)
    {
        // No operation id: the engine is idempotent on the CallSid (a retried webhook gets AlreadyQueued), and a caller
        // who left the line and comes back in the same call must really be queued again.
        var result = await engine.EnqueueCallerAsync(new EnqueueRequest(request.CallSid, request.Language, request.Priority, request.Tags, AcceptsOverflow: false)
        {
            ArrivedAt = request.ArrivedAt,
        });
        await dispatcher.DispatchAsync(result.Matches, cancellationToken);
        var outcome = result.Outcome switch
        {
            EnqueueOutcome.Joined => QueueJoinOutcome.Joined,
            EnqueueOutcome.Full => QueueJoinOutcome.Full,
            _ => QueueJoinOutcome.AlreadyQueued,
        };
        return new QueueJoinResult(outcome, result.Status is { } status ? ToStatus(status) : null);
    }

    // Also the caller's heartbeat: a waiting caller whose hold loop stops asking is eventually swept as lost.
    public async Task<QueueStanding> GetStandingAsync(string callSid, CancellationToken cancellationToken) =>
        await engine.GetCallerStatusAsync(callSid) switch
        {
            null => QueueStanding.Unknown,
            { State: CallerState.Connected } => QueueStanding.Connected,
            var status => QueueStanding.Waiting(ToStatus(status)),
        };

    public async Task LeaveAsync(string callSid, string reason, CancellationToken cancellationToken)
    {
        var result = await engine.RemoveCallerAsync(callSid, reason);
        if (result.StateBefore is CallerState.Reserved or CallerState.Connected)
        {
            await dispatcher.ReleaseAsync(callSid, result.StateBefore == CallerState.Connected, cancellationToken);
        }
        await dispatcher.DispatchAsync(result.Matches, cancellationToken);
    }

    public async Task<QueueStatus?> TagAsync(string callSid, string tag, CancellationToken cancellationToken)
    {
        var result = await engine.TagCallerAsync(callSid, tag);
        await dispatcher.DispatchAsync(result.Matches, cancellationToken);
        return result.Status is { State: not CallerState.Connected } status ? ToStatus(status) : null;
    }

    public async Task<CallbackRequestOutcome> RequestCallbackAsync(string callSid, string number, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        var result = await engine.RequestCallbackAsync(callSid, number, notBefore, "callback:" + callSid);
        await dispatcher.DispatchAsync(result.Matches, cancellationToken);
        return result.Outcome switch
        {
            CallbackOutcome.Requested => CallbackRequestOutcome.Booked,
            CallbackOutcome.AlreadyRequested => CallbackRequestOutcome.AlreadyBooked,
            _ => CallbackRequestOutcome.NotWaiting,
        };
    }

    public async Task<bool> HasCallbackAsync(string callSid, CancellationToken cancellationToken) =>
        await engine.GetCallbackAsync(AcdEngine.CallbackIdFor(callSid)) is not null;

    public async Task<bool> AcceptOverflowAsync(string callSid, CancellationToken cancellationToken)
    {
        var result = await engine.AcceptOverflowAsync(callSid, "overflow:" + callSid);
        await dispatcher.DispatchAsync(result.Matches, cancellationToken);
        return result.Outcome is OverflowConsentOutcome.Accepted or OverflowConsentOutcome.AlreadyAccepted;
    }

    // A reserved caller is next: their counselor is being rung.
    private static QueueStatus ToStatus(CallerStatus status) => status.State == CallerState.Reserved
        ? new(status.Language, 1, TimeSpan.Zero, status.Waited)
        : new(status.Language, status.Position, status.ExpectedWait, status.Waited);
}
