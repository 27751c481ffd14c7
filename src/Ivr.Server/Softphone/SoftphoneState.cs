namespace Ivr.Server.Softphone;

/// <summary>
/// Everything the softphone shows, read from the ACD (Redis) and the call records, so a reload or a server restart
/// brings the page back to where it was. <see cref="Presence"/> is the ACD's counselor state in lower case
/// (offline, available, reserved, oncall, wrapup, break, missed).
/// </summary>
public sealed record SoftphoneState(
    string CounselorId,
    string Presence,
    string? BreakReason,
    DateTimeOffset? Since,
    DateTimeOffset? WrapUpDeadline,
    string? WrapUpCallSid,
    SoftphoneCall? Call,
    DateTimeOffset ServerTime);

/// <summary>
/// The call ringing (<see cref="Phase"/> ringing) or connected (connected) at the counselor, with the screen pop.
/// <see cref="RepeatCalls"/> counts the caller's earlier calls in the last 30 days (from the protected number's
/// hash; the number itself is never sent); null while the call's record is not written yet. <see cref="Tags"/> are
/// the caller's routing tags from the menu (e.g. victim-support: a call that needs priority and discretion).
/// </summary>
public sealed record SoftphoneCall(
    string CallSid,
    string Phase,
    string? ReservationId,
    string? Language,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? ConnectedAt,
    IReadOnlyList<string> MenuPath,
    string? Topic,
    IReadOnlyList<string> Tags,
    int? RepeatCalls,
    SoftphoneCallback? Callback = null,
    SoftphoneOutbound? Outbound = null,
    SoftphoneInterpretation? Interpretation = null);

/// <summary>
/// The call came in on the institution line: an institution asks for an interpreter ("interpretation for ..."). The
/// institution's directory id and names, all null when it was not identified (neither its number nor a code).
/// </summary>
public sealed record SoftphoneInterpretation(string? InstitutionId, string? NameKo, string? NameEn);

/// <summary>
/// The call is a callback the caller asked for on hold (the counselor is rung first, then the caller is dialled): the
/// last four digits of the number dialled (the server dials it; the counselor needs no more to confirm it with the
/// caller, and the full number stays off the screen like every caller's), when the caller asked (their wait before
/// that: <see cref="RequestedAt"/> − the call's arrival), and which dial this is of how many allowed. The call's menu
/// path, topic and earlier calls are those of the original call.
/// </summary>
public sealed record SoftphoneCallback(string NumberEnding, string OriginalCallSid, DateTimeOffset RequestedAt, int Attempt, int MaxAttempts);

/// <summary>
/// The call is one the counselor placed (<c>POST /api/softphone/outbound</c>, or "call back" on a task): the last four
/// digits of the number dialled, and the follow-up task it returns, if any.
/// </summary>
public sealed record SoftphoneOutbound(string NumberEnding, Guid? FollowUpId);
