namespace Ivr.Server.Planning.Queueing;

/// <summary>The fewest counselors that meet a <see cref="StaffingTarget"/> at a load, by Erlang C or Erlang A.</summary>
public static class RequiredCounselors
{
    /// <summary>Erlang C: more counselors than the load, then one more at a time (its service level rises with every counselor).</summary>
    public static QueueMetrics ErlangC(StaffingTarget target, double load, double handleSeconds)
    {
        if (load == 0)
        {
            return Idle;
        }
        var counselors = Math.Max((int)Math.Floor(load) + 1, (int)Math.Ceiling(load / target.MaxOccupancy));
        while (true)
        {
            var metrics = Queueing.ErlangC.Evaluate(counselors, load, handleSeconds, target.TargetSeconds);
            if (target.IsMetBy(metrics))
            {
                return metrics;
            }
            counselors++;
        }
    }

    /// <summary>
    /// Erlang A: at least target × load counselors (they answer at most N/A of the callers), then doubling to a staffing
    /// that meets the target and bisection between (the service level rises and the occupancy falls with every counselor).
    /// </summary>
    public static QueueMetrics ErlangA(StaffingTarget target, double load, double handleSeconds, double patienceSeconds)
    {
        if (load == 0)
        {
            return Idle;
        }
        QueueMetrics Evaluate(int counselors) => Queueing.ErlangA.Evaluate(counselors, load, handleSeconds, patienceSeconds, target.TargetSeconds);
        var low = Math.Max(1, (int)Math.Ceiling(target.ServiceLevel * load - 1e-9));
        var met = Evaluate(low);
        if (target.IsMetBy(met))
        {
            return met;
        }
        var high = low;
        do
        {
            low = high;
            high = checked(high * 2);
            met = Evaluate(high);
        }
        while (!target.IsMetBy(met));
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            var metrics = Evaluate(middle);
            if (target.IsMetBy(metrics))
            {
                (high, met) = (middle, metrics);
            }
            else
            {
                low = middle;
            }
        }
        return met;
    }

    private static readonly QueueMetrics Idle = new(0, 0, 1, 0, 0, 0);
}
