using Ivr.Acd.Model;
using Ivr.Server.Wallboard;

namespace Ivr.Server.Alerts;

/// <summary>One measure of one subject now, against the threshold that applies to it.</summary>
public sealed record AlertReading(string Key, string Measure, string? Language, string Subject, double Value, double Threshold)
{
    public bool Breached => AlertMeasures.FallingIsWorse(Measure) ? Value < Threshold : Value > Threshold;

    /// <summary>
    /// Clear with a margin: at or below the threshold less <paramref name="marginPct"/> % of it (at or above it plus
    /// the margin, capped at 100, for the service level).
    /// </summary>
    public bool IsClear(double marginPct) => AlertMeasures.FallingIsWorse(Measure)
        ? Value >= Math.Min(100, Threshold * (1 + marginPct / 100))
        : Value <= Threshold * (1 - marginPct / 100);
}

/// <summary>
/// The readings the rules ask for, from the wallboard's picture (per language), the counselors' live records (time in
/// their state) and the records pipeline's lag. A measure whose threshold is null, or that has no value now (no
/// service level without a queued caller in the last 30 minutes, no staffing gap before a plan is saved), has no reading.
/// </summary>
public static class AlertReadings
{
    public const string RecordsSubject = "records";

    public static List<AlertReading> From(AlertRules rules, WallboardSnapshot wallboard, IEnumerable<CounselorStatus> counselors, long? recordsLag,
        DateTimeOffset now)
    {
        var readings = new List<AlertReading>();
        foreach (var row in wallboard.Languages)
        {
            var thresholds = rules.For(row.Language);
            Add(readings, AlertMeasures.LongestWait, row.Language, row.Language, row.LongestWaitSeconds, thresholds.LongestWaitSeconds);
            Add(readings, AlertMeasures.ServiceLevel, row.Language, row.Language, row.ServiceLevelLast30MinPct, thresholds.ServiceLevelPct);
            // No counselor available counts as one: three callers and nobody ready read 3.
            Add(readings, AlertMeasures.WaitingPerAvailable, row.Language, row.Language,
                row.Waiting == 0 ? 0 : Math.Round((double)row.Waiting / Math.Max(1, row.Available), 2), thresholds.WaitingPerAvailable);
            Add(readings, AlertMeasures.StaffingGap, row.Language, row.Language, row.StaffingGap, thresholds.StaffingGapCounselors);
        }
        foreach (var counselor in counselors)
        {
            if (Measure(counselor.State) is not { } measure || counselor.StateSince is not { } since)
            {
                continue;
            }
            // A counselor of several languages: the strictest of their languages' thresholds.
            var strictest = counselor.Skills.Keys
                .Select(language => (Language: language, Threshold: Threshold(rules.For(language), measure)))
                .Where(pair => pair.Threshold is not null)
                .OrderBy(pair => pair.Threshold).ThenBy(pair => pair.Language, StringComparer.Ordinal)
                .FirstOrDefault();
            Add(readings, measure, strictest.Language, counselor.Id, Math.Round((now - since).TotalSeconds), strictest.Threshold);
        }
        Add(readings, AlertMeasures.RecordsLag, null, RecordsSubject, recordsLag, rules.RecordsLagEvents);
        return readings;
    }

    private static string? Measure(CounselorState state) => state switch
    {
        CounselorState.OnCall => AlertMeasures.OnCall,
        CounselorState.WrapUp => AlertMeasures.WrapUp,
        CounselorState.Missed => AlertMeasures.Missed,
        _ => null,
    };

    private static double? Threshold(AlertThresholds thresholds, string measure) => measure switch
    {
        AlertMeasures.OnCall => thresholds.OnCallSeconds,
        AlertMeasures.WrapUp => thresholds.WrapUpSeconds,
        _ => thresholds.MissedSeconds,
    };

    private static void Add(List<AlertReading> readings, string measure, string? language, string subject, double? value, double? threshold)
    {
        if (value is { } v && threshold is { } t)
        {
            readings.Add(new AlertReading($"{measure}:{subject}", measure, language, subject, v, t));
        }
    }
}
