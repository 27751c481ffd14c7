using Ivr.Server.CallRecords.Rollups;

namespace Ivr.Server.Wallboard;

/// <summary>
/// When a wallboard cell turns amber (<see cref="ThresholdBand.Warn"/>) or red (<see cref="ThresholdBand.Alert"/>).
/// Service level is worse when lower, so its alert is at or below its warning; the others are worse when higher.
/// </summary>
/// <param name="ServiceLevelSeconds">"Answered within N s" for today's service level; one of the rollups' thresholds.</param>
public sealed record WallboardThresholds(
    int ServiceLevelSeconds,
    ThresholdBand Waiting,
    ThresholdBand LongestWaitSeconds,
    ThresholdBand ExpectedWaitSeconds,
    ThresholdBand ServiceLevelPct,
    ThresholdBand AbandonedPct)
{
    public static WallboardThresholds Default { get; } = new(
        20, new(5, 10), new(60, 120), new(60, 180), new(80, 70), new(10, 20));

    /// <summary>Why these thresholds cannot be stored, or null.</summary>
    public string? Problem()
    {
        if (WaitThresholds.ArrayIndex(ServiceLevelSeconds) is null)
        {
            return $"serviceLevelSeconds must be one of {WaitThresholds.Supported}.";
        }
        if (Waiting is null || LongestWaitSeconds is null || ExpectedWaitSeconds is null || ServiceLevelPct is null || AbandonedPct is null)
        {
            return "Every threshold (waiting, longestWaitSeconds, expectedWaitSeconds, serviceLevelPct, abandonedPct) is required.";
        }
        return RisingProblem(nameof(Waiting), Waiting, 10_000)
            ?? RisingProblem(nameof(LongestWaitSeconds), LongestWaitSeconds, 86_400)
            ?? RisingProblem(nameof(ExpectedWaitSeconds), ExpectedWaitSeconds, 86_400)
            ?? RisingProblem(nameof(AbandonedPct), AbandonedPct, 100)
            ?? (ServiceLevelPct.Warn is < 0 or > 100 || ServiceLevelPct.Alert is < 0 or > 100 ? "serviceLevelPct must be between 0 and 100."
                : ServiceLevelPct.Alert > ServiceLevelPct.Warn ? "serviceLevelPct: alert must not be above warn (a lower service level is worse)."
                : null);
    }

    private static string? RisingProblem(string name, ThresholdBand band, double max)
    {
        var key = char.ToLowerInvariant(name[0]) + name[1..];
        return band.Warn < 0 || band.Alert > max ? $"{key} must be between 0 and {max}."
            : band.Alert < band.Warn ? $"{key}: alert must not be below warn."
            : null;
    }
}

public sealed record ThresholdBand(double Warn, double Alert);
