namespace Ivr.Server.FollowUps;

/// <summary>
/// "Call back" on a task: the counselor calls the caller from their softphone, an outbound call linked to the task
/// (implemented with outbound calls, <c>Softphone/OutboundCallBack</c>). <paramref name="callerNumber"/> is the
/// unprotected number, null when the caller's number was withheld. Answers 202 when the call is placed, or why not.
/// </summary>
public interface IFollowUpCallBack
{
    Task<IResult> CallBackAsync(string counselorId, FollowUpTask task, string? callerNumber, CancellationToken cancellationToken);
}
