using Ivr.Server.CallRecords.Rollups;

namespace Ivr.Server.Wallboard;

/// <summary>
/// When a wallboard cell turns amber (<see cref="ThresholdBand.Warn"/>) or red (<see cref="ThresholdBand.Alert"/>).
/// Service level is worse when lower, so its alert is at or below its warning; the others are worse when higher.
/// </summary>
/// <param name="ServiceLevelSeconds">"Answered within N s" for today's service level; one of the rollups' thresholds.</param>
/// <param name="Languages">
/// A language's own bands where the general ones do not fit it (three callers waiting is quiet for Mandarin's many
/// counselors and an alarm for Khmer's two); a band a language leaves out is the general one.
/// </param>
public sealed record WallboardThresholds(
    int ServiceLevelSeconds,
    ThresholdBand Waiting,
    ThresholdBand LongestWaitSeconds,
    ThresholdBand ExpectedWaitSeconds,
    ThresholdBand ServiceLevelPct,
    ThresholdBand AbandonedPct,
    IReadOnlyDictionary<string, LanguageThresholds>? Languages = null)
{
    public static WallboardThresholds Default { get; } = new(
        20, new(5, 10), new(60, 120), new(60, 180), new(80, 70), new(10, 20));

    /// <summary>Why these thresholds cannot be stored, or null.</summary>
    /// <param name="isLanguage">Whether a code names one of the center's languages.</param>
    public string? Problem(Func<string, bool> isLanguage)
    {
        if (WaitThresholds.ArrayIndex(ServiceLevelSeconds) is null)
        {
            return $"serviceLevelSeconds must be one of {WaitThresholds.Supported}.";
        }
        if (Waiting is null || LongestWaitSeconds is null || ExpectedWaitSeconds is null || ServiceLevelPct is null || AbandonedPct is null)
        {
            return "Every threshold (waiting, longestWaitSeconds, expectedWaitSeconds, serviceLevelPct, abandonedPct) is required.";
        }
        return BandsProblem("", new LanguageThresholds(Waiting, LongestWaitSeconds, ExpectedWaitSeconds, ServiceLevelPct, AbandonedPct))
            ?? (Languages ?? new Dictionary<string, LanguageThresholds>()).Select(pair =>
                !isLanguage(pair.Key) ? $"languages: '{pair.Key}' is not one of the center's languages."
                : pair.Value is null || pair.Value.IsEmpty ? $"languages.{pair.Key}: give at least one threshold, or leave the language out."
                : BandsProblem($"languages.{pair.Key}.", pair.Value)).FirstOrDefault(problem => problem is not null);
    }

    private static string? BandsProblem(string prefix, LanguageThresholds bands) =>
        RisingProblem(prefix + "waiting", bands.Waiting, 10_000)
        ?? RisingProblem(prefix + "longestWaitSeconds", bands.LongestWaitSeconds, 86_400)
        ?? RisingProblem(prefix + "expectedWaitSeconds", bands.ExpectedWaitSeconds, 86_400)
        ?? RisingProblem(prefix + "abandonedPct", bands.AbandonedPct, 100)
        ?? (bands.ServiceLevelPct is not { } serviceLevel ? null
            : serviceLevel.Warn is < 0 or > 100 || serviceLevel.Alert is < 0 or > 100 ? $"{prefix}serviceLevelPct must be between 0 and 100."
            : serviceLevel.Alert > serviceLevel.Warn ? $"{prefix}serviceLevelPct: alert must not be above warn (a lower service level is worse)."
            : null);

    private static string? RisingProblem(string key, ThresholdBand? band, double max) =>
        band is null ? null
        : band.Warn < 0 || band.Alert > max ? $"{key} must be between 0 and {max}."
        : band.Alert < band.Warn ? $"{key}: alert must not be below warn."
        : null;
}

public sealed record ThresholdBand(double Warn, double Alert);

/// <summary>One language's own bands (<see cref="WallboardThresholds.Languages"/>); null means the general band.</summary>
public sealed record LanguageThresholds(
    ThresholdBand? Waiting = null,
    ThresholdBand? LongestWaitSeconds = null,
    ThresholdBand? ExpectedWaitSeconds = null,
    ThresholdBand? ServiceLevelPct = null,
    ThresholdBand? AbandonedPct = null)
{
    public bool IsEmpty => Waiting is null && LongestWaitSeconds is null && ExpectedWaitSeconds is null && ServiceLevelPct is null && AbandonedPct is null;
}
