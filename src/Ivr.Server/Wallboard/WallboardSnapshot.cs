namespace Ivr.Server.Wallboard;

/// <summary>
/// What the wallboard shows: one row per language, and the thresholds its colours follow. <see cref="Interval"/> is the
/// half hour now (HH:mm, center time) that the rows' planned and required counselors are for; null before a plan is saved.
/// </summary>
public sealed record WallboardSnapshot(DateTimeOffset At, DateOnly Day, WallboardThresholds Thresholds, IReadOnlyList<WallboardRow> Languages,
    string? Interval = null);

/// <summary>
/// A language now (ACD counters) and today. <see cref="ServiceLevelPct"/> comes from the call-record rollups (answered
/// within N s / (answered + abandoned in queue − short abandons), docs/reports.md); null before a queued call today.
/// Callbacks count apart from callers waiting: in line at their callers' places, and scheduled (a retry, the next opening).
/// <see cref="ServiceLevelLast30MinPct"/>: the same definition over the callers who left the queue in the last 30 minutes
/// (<see cref="RecentServiceLevels"/>); null when none did.
/// Plan against live (docs/planning.md), once a plan is saved: <see cref="Required"/> and <see cref="Planned"/> counselors
/// of the half hour now, <see cref="SignedIn"/> the language's counselors not offline, and <see cref="StaffingGap"/> the
/// largest shortfall of the hour ahead (planned below required, or signed in below planned); null without a plan.
/// </summary>
public sealed record WallboardRow(
    string Language,
    int Waiting,
    double LongestWaitSeconds,
    double ExpectedWaitSeconds,
    int Available,
    int Ringing,
    int OnCall,
    int WrapUp,
    int Break,
    int Missed,
    int Offline,
    long AnsweredToday,
    long AbandonedToday,
    double? AbandonedPct,
    double? ServiceLevelPct,
    int CallbacksWaiting = 0,
    int CallbacksScheduled = 0,
    double? ServiceLevelLast30MinPct = null,
    int? Required = null,
    int? Planned = null,
    int SignedIn = 0,
    int? StaffingGap = null);
