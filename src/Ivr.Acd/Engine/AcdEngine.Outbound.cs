using Ivr.Acd.Model;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Arguments;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>A new outbound call's id: <c>out-</c> and 32 hex digits.</summary>
    public static string NewOutboundId() => "out-" + Guid.NewGuid().ToString("N");

    /// <summary>Whether an id the engine hands out (a counselor's call) is an outbound call's rather than a caller's CallSid.</summary>
    public static bool IsOutboundId(string id) => id.StartsWith("out-", StringComparison.Ordinal);

    /// <summary>
    /// A counselor places a call: an available counselor goes On call at once (no caller is offered to them meanwhile),
    /// and <paramref name="callId"/> (<see cref="NewOutboundId"/>) is a connected call from now on: hold, consult and
    /// <see cref="CallEndedAsync"/> (wrap-up) work as on any call. Appends <c>outbound.started</c> (counselor, language,
    /// from: the number, task). Refused unless the counselor is Available and serves <paramref name="language"/>.
    /// </summary>
    public async Task<OutboundResult> StartOutboundAsync(string callId, string counselorId, string language, string number, string? taskId = null, string? operationId = null)
    {
        var arguments = new OutboundStartArguments(Context(operationId))
        {
            CallSid = callId,
            CounselorId = counselorId,
            Language = language,
            Number = number,
            Task = taskId ?? "",
        };
        var result = await ChangeAsync(AcdScripts.OutboundStart, arguments);
        var outcome = result.Outcome switch
        {
            "started" => OutboundOutcome.Started,
            "busy" => OutboundOutcome.Busy,
            "language" => OutboundOutcome.Language,
            "exists" => OutboundOutcome.Exists,
            _ => OutboundOutcome.UnknownCounselor,
        };
        return new OutboundResult(outcome, StateNames.CounselorStateOf(result.State), []);
    }

    /// <summary>
    /// The outbound call reached nobody (the counselor's own ring or the number: busy, no answer, failed): it ends and
    /// the counselor is available again at once, without wrap-up. Appends <c>outbound.failed</c> (counselor, reason).
    /// Only for an outbound call in progress; one that was answered ends with <see cref="CallEndedAsync"/>.
    /// </summary>
    public async Task<OutboundResult> OutboundFailedAsync(string callId, string reason, string? operationId = null)
    {
        var arguments = new OutboundFailedArguments(Context(operationId)) { CallSid = callId, Reason = reason };
        var result = await ChangeAsync(AcdScripts.OutboundFailed, arguments);
        return result.Outcome == "failed"
            ? new OutboundResult(OutboundOutcome.Failed, StateNames.CounselorStateOf(result.State), await MatchAsync(result))
            : new OutboundResult(OutboundOutcome.NotFound, null, []);
    }
}
