namespace Ivr.Server.Alerts;

/// <summary>
/// When an alert is raised, per language (operations set them): <see cref="General"/> for every language, a
/// language's own thresholds where the general ones do not fit it (a measure it leaves out is the general one), and
/// the records pipeline's lag (one figure for the center). A null threshold raises nothing.
/// </summary>
public sealed record AlertRules(
    AlertThresholds General,
    IReadOnlyDictionary<string, AlertThresholds>? Languages = null,
    long? RecordsLagEvents = null)
{
    public static AlertRules Default { get; } = new(
        new AlertThresholds(LongestWaitSeconds: 180, ServiceLevelPct: 60, WaitingPerAvailable: 5, OnCallSeconds: 3600, WrapUpSeconds: 600, MissedSeconds: 300,
            StaffingGapCounselors: 0),
        RecordsLagEvents: 5000);

    /// <summary>The thresholds that apply to <paramref name="language"/>.</summary>
    public AlertThresholds For(string language) =>
        Languages?.GetValueOrDefault(language) is not { } own ? General : new AlertThresholds(
            own.LongestWaitSeconds ?? General.LongestWaitSeconds,
            own.ServiceLevelPct ?? General.ServiceLevelPct,
            own.WaitingPerAvailable ?? General.WaitingPerAvailable,
            own.OnCallSeconds ?? General.OnCallSeconds,
            own.WrapUpSeconds ?? General.WrapUpSeconds,
            own.MissedSeconds ?? General.MissedSeconds,
            own.StaffingGapCounselors ?? General.StaffingGapCounselors);

    /// <summary>Why these rules cannot be stored (naming the field), or null.</summary>
    /// <param name="isLanguage">Whether a code names one of the center's languages.</param>
    public string? Problem(Func<string, bool> isLanguage)
    {
        if (General is null)
        {
            return "general is required (its thresholds may be null).";
        }
        if (RecordsLagEvents is < 1 or > 10_000_000)
        {
            return "recordsLagEvents must be between 1 and 10000000, or null.";
        }
        return General.Problem("general.")
            ?? (Languages ?? new Dictionary<string, AlertThresholds>()).Select(pair =>
                !isLanguage(pair.Key) ? $"languages: '{pair.Key}' is not one of the center's languages."
                : pair.Value is null ? $"languages.{pair.Key}: give the language's thresholds, or leave it out."
                : pair.Value.Problem($"languages.{pair.Key}.")).FirstOrDefault(problem => problem is not null);
    }
}

/// <summary>
/// A language's alert thresholds: raised when the longest wait (s), waiting callers per available counselor or a
/// counselor's time in one state (s) is above its threshold, or the service level of the last 30 minutes (%) below;
/// and when the staffing plan's shortfall in the hour ahead (counselors, docs/planning.md) is above
/// <see cref="StaffingGapCounselors"/> (0: any shortfall).
/// </summary>
public sealed record AlertThresholds(
    double? LongestWaitSeconds = null,
    double? ServiceLevelPct = null,
    double? WaitingPerAvailable = null,
    double? OnCallSeconds = null,
    double? WrapUpSeconds = null,
    double? MissedSeconds = null,
    double? StaffingGapCounselors = null)
{
    internal string? Problem(string prefix) =>
        Range(prefix + "longestWaitSeconds", LongestWaitSeconds, 1, 86_400)
        ?? Range(prefix + "serviceLevelPct", ServiceLevelPct, 1, 100)
        ?? Range(prefix + "waitingPerAvailable", WaitingPerAvailable, 0.1, 1000)
        ?? Range(prefix + "onCallSeconds", OnCallSeconds, 1, 86_400)
        ?? Range(prefix + "wrapUpSeconds", WrapUpSeconds, 1, 86_400)
        ?? Range(prefix + "missedSeconds", MissedSeconds, 1, 86_400)
        ?? Range(prefix + "staffingGapCounselors", StaffingGapCounselors, 0, 500);

    private static string? Range(string key, double? value, double min, double max) =>
        value is { } v && (double.IsNaN(v) || v < min || v > max) ? $"{key} must be between {min} and {max}, or null." : null;
}
