using Ivr.Server.CallControl.InCall;
using Ivr.Server.CallControl.Outbound;
using Ivr.Server.FollowUps;

namespace Ivr.Server.Softphone;

/// <summary>"Call back" on a follow-up task: an outbound call to the caller in the task's language, linked to the task in the records.</summary>
public sealed class OutboundCallBack(OutboundCalls calls) : IFollowUpCallBack
{
    public async Task<IResult> CallBackAsync(string counselorId, FollowUpTask task, string? callerNumber, CancellationToken cancellationToken) =>
        callerNumber is null
            ? InCallReply.Conflict("The caller's number was withheld: there is no number to call back.").ToResult()
            : (await calls.StartAsync(counselorId, callerNumber, task.Language, task.Id, cancellationToken)).ToResult();
}
