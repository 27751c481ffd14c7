namespace Ivr.Server.FollowUps;

/// <summary>
/// The hook for "call back" on a task: calling the caller from the counselor's softphone is outbound calling (issue
/// 20, item 5), which registers its own implementation. <paramref name="callerNumber"/> is the unprotected number,
/// null when the caller's number was withheld.
/// </summary>
public interface IFollowUpCallBack
{
    bool IsAvailable { get; }

    Task CallBackAsync(string counselorId, FollowUpTask task, string? callerNumber, CancellationToken cancellationToken);
}
