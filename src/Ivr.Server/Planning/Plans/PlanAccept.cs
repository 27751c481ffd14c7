namespace Ivr.Server.Planning.Plans;

/// <summary>Accepting the requirement as the plan (<see cref="PlanAcceptRequest"/>).</summary>
public static class PlanAccept
{
    public const string IntoExceptions = "exceptions", IntoTemplate = "template";

    /// <summary>
    /// Copies <paramref name="required"/> (date, language, interval → counselors; a missing half hour needs nobody) of
    /// the dates <paramref name="from"/>..<paramref name="to"/> (exclusive) for <paramref name="languages"/> into
    /// <paramref name="plan"/>: each date as an exception, or per day of week into the template (the most any date of
    /// that weekday requires; weekdays outside the range keep theirs).
    /// </summary>
    public static void Into(StaffingPlan plan, string into, DateOnly from, DateOnly to, IReadOnlyCollection<string> languages,
        Func<DateOnly, string, int, int> required)
    {
        foreach (var language in languages)
        {
            var week = new Dictionary<DayOfWeek, int[]>();
            for (var date = from; date < to; date = date.AddDays(1))
            {
                var counts = week.TryGetValue(date.DayOfWeek, out var day) ? day : week[date.DayOfWeek] = new int[StaffingPlan.Intervals];
                for (var interval = 0; interval < StaffingPlan.Intervals; interval++)
                {
                    var need = Math.Min(StaffingPlan.MaxCounselors, required(date, language, interval));
                    if (into == IntoExceptions)
                    {
                        plan.SetException(date, language, interval, need);
                    }
                    counts[interval] = Math.Max(counts[interval], need);
                }
            }
            if (into == IntoTemplate)
            {
                foreach (var (day, counts) in week)
                {
                    for (var interval = 0; interval < StaffingPlan.Intervals; interval++)
                    {
                        plan.SetTemplate(language, day, interval, counts[interval]);
                    }
                }
            }
        }
    }
}
