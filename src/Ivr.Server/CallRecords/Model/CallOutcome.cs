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

    /// <summary>A call a counselor placed that nobody answered (busy, no answer, failed, or hung up while ringing).</summary>
    public const string NotReached = "not_reached";

    public static readonly IReadOnlyList<string> All =
        [InProgress, SelfService, AbandonedInMenu, AfterHours, Closed, QueueFull, AbandonedInQueue, QueueTimeout, Callback, Answered, Transferred, Overflowed, NotReached];
}
