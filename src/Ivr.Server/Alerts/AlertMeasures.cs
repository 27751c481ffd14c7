namespace Ivr.Server.Alerts;

/// <summary>What an alert measures (the <c>measure</c> of an alert, its metric tag and the console's label key).</summary>
public static class AlertMeasures
{
    public const string LongestWait = "longest-wait";
    public const string ServiceLevel = "service-level";
    public const string WaitingPerAvailable = "waiting-per-available";
    public const string OnCall = "counselor-on-call";
    public const string WrapUp = "counselor-wrap-up";
    public const string Missed = "counselor-missed";
    public const string RecordsLag = "records-lag";
    /// <summary>The staffing plan's largest shortfall in the hour ahead, in counselors (the wallboard's <c>staffingGap</c>).</summary>
    public const string StaffingGap = "staffing-gap";

    /// <summary>A lower value is worse (service level); for the others a higher one is.</summary>
    public static bool FallingIsWorse(string measure) => measure == ServiceLevel;
}
