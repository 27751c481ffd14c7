namespace Ivr.Server.Planning.Queueing;

/// <summary>
/// What operations want from an interval: <paramref name="ServiceLevel"/> of the callers answered within
/// <paramref name="TargetSeconds"/> (default 80 % in 20 s) with the counselors busy at most <paramref name="MaxOccupancy"/>
/// of their time (default 85 %, the Call Centre Helper example in acd-facts.md §4.1).
/// </summary>
public sealed record StaffingTarget(double ServiceLevel = 0.8, double TargetSeconds = 20, double MaxOccupancy = 0.85)
{
    public const int MaxTargetSeconds = 3600;

    /// <returns>Problems keyed by the query parameter they concern; empty when the target can be planned for.</returns>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!(ServiceLevel is > 0 and < 1))
        {
            errors["serviceLevel"] = ["'serviceLevel' must be a fraction above 0 and below 1 (0.8 = 80 %)."];
        }
        if (!(TargetSeconds is >= 0 and <= MaxTargetSeconds))
        {
            errors["targetSeconds"] = [$"'targetSeconds' must be 0 to {MaxTargetSeconds} seconds."];
        }
        if (!(MaxOccupancy is > 0 and <= 1))
        {
            errors["maxOccupancy"] = ["'maxOccupancy' must be a fraction above 0 and at most 1."];
        }
        return errors;
    }

    public bool IsMetBy(QueueMetrics metrics) => metrics.ServiceLevel >= ServiceLevel && metrics.Occupancy <= MaxOccupancy;
}
