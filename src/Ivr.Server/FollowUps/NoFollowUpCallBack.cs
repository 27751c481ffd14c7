namespace Ivr.Server.FollowUps;

/// <summary>Until outbound calls exist: calling back is not available (the API answers 501, the page offers no button).</summary>
public sealed class NoFollowUpCallBack : IFollowUpCallBack
{
    public bool IsAvailable => false;

    public Task CallBackAsync(string counselorId, FollowUpTask task, string? callerNumber, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Calling back from a task comes with outbound calls (issue 20, item 5).");
}
