namespace Ivr.Server.CallRecords.Model;

/// <summary>How a call ended. A call is counted in the rollups once its outcome is no longer <see cref="InProgress"/>.</summary>
public static class CallOutcome
{
    public const string InProgress = "in_progress";
    public const string SelfService = "self_service";
    public const string AbandonedInMenu = "abandoned_menu";
    public const string AfterHours = "after_hours";
    public const string Closed = "closed";
    public const string QueueFull = "queue_full";
    public const string AbandonedInQueue = "abandoned_queue";
    public const string QueueTimeout = "queue_timeout";
    public const string Callback = "callback";
    public const string Answered = "answered";
    public const string Transferred = "transferred";

    /// <summary>Answered in another language's queue after an overflow.</summary>
    public const string Overflowed = "overflowed";

    // A callback's own row (CallRecord.CallbackOf): counted in the callback rollup from its request on, never as an arrival.

    /// <summary>A callback not yet connected, failed or cancelled: waiting, scheduled, being rung for or dialled.</summary>
    public const string CallbackPending = "callback_pending";

    /// <summary>The dialled caller was connected to a counselor.</summary>
    public const string CallbackCompleted = "callback_completed";

    /// <summary>Every attempt failed (the last attempt's reason is in <c>callback.failed</c>).</summary>
    public const string CallbackFailed = "callback_failed";

    /// <summary>Cancelled before it was connected (by operations, or the caller phoned again and got through).</summary>
    public const string CallbackCancelled = "callback_cancelled";

    /// <summary>A call a counselor placed that nobody answered (busy, no answer, failed, or hung up while ringing).</summary>
    public const string NotReached = "not_reached";

    public static readonly IReadOnlyList<string> All =
    [
        InProgress, SelfService, AbandonedInMenu, AfterHours, Closed, QueueFull, AbandonedInQueue, QueueTimeout, Callback, Answered, Transferred, Overflowed,
        CallbackPending, CallbackCompleted, CallbackFailed, CallbackCancelled, NotReached,
    ];
}
