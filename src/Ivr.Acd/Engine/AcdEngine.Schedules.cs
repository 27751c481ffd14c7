using Ivr.Acd.Model;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Arguments;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>
    /// Holds <paramref name="counselorId"/> for a session from <paramref name="start"/> to <paramref name="end"/> (a
    /// scheduled reservation, e.g. a lawyer session they interpret): from now on the match offers them no caller whose
    /// expected handling in the caller's language would run into it. Busy when another hold of theirs overlaps.
    /// Holding the same <paramref name="scheduleId"/> again moves it.
    /// </summary>
    public Task<ScheduleResult> HoldAsync(string counselorId, string scheduleId, DateTimeOffset start, DateTimeOffset end, string? operationId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheduleId);
        if (end <= start)
        {
            throw new ArgumentException("A scheduled reservation ends after it starts.", nameof(end));
        }
        return ScheduleAsync(counselorId, scheduleId, start, end, "hold", operationId);
    }

    /// <summary>Releases the hold (the session was cancelled, moved to another counselor, or is over); waiting callers the counselor may now take are matched.</summary>
    public Task<ScheduleResult> ReleaseAsync(string counselorId, string scheduleId, string? operationId = null) =>
        ScheduleAsync(counselorId, scheduleId, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "release", operationId);

    private async Task<ScheduleResult> ScheduleAsync(string counselorId, string scheduleId, DateTimeOffset start, DateTimeOffset end, string action, string? operationId)
    {
        var result = await ChangeAsync(AcdScripts.Schedule, new ScheduleArguments(Context(operationId))
        {
            CounselorId = counselorId,
            ScheduleId = scheduleId,
            Start = start.ToUnixTimeMilliseconds(),
            End = end.ToUnixTimeMilliseconds(),
            Action = action,
        });
        var outcome = result.Outcome switch
        {
            "ok" => ScheduleOutcome.Done,
            "busy" => ScheduleOutcome.Busy,
            "gone" => ScheduleOutcome.Gone,
            _ => ScheduleOutcome.UnknownCounselor,
        };
        return new ScheduleResult(outcome, outcome == ScheduleOutcome.Done ? await MatchAsync(result) : []);
    }
}
