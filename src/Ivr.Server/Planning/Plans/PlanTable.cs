using Ivr.Server.Planning.Forecasting;
using Ivr.Server.Reporting;

namespace Ivr.Server.Planning.Plans;

/// <summary>The plan in effect as a report table: one row per date, planned language and half hour.</summary>
public static class PlanTable
{
    public static ReportTable Days(PlanView current, DateOnly from, int days, string? language)
    {
        var rows = new List<object?[]>();
        for (var date = from; date < from.AddDays(days); date = date.AddDays(1))
        {
            foreach (var code in current.Plan.LanguagesOn(date).Where(code => language is null || code == language))
            {
                var (counts, source) = current.Plan.Day(date, code)!.Value;
                for (var interval = 0; interval < StaffingPlan.Intervals; interval++)
                {
                    rows.Add([StaffingPlan.DateKey(date), code, new ForecastCell(date, code, interval, 0, 0).Start, counts[interval], source]);
                }
            }
        }
        return new ReportTable("plan",
            $"Planned counselors per half hour, plan version {current.Version}: a date's exception where there is one, otherwise the weekly template's day.",
            ["date", "language", "interval", "planned", "source"], rows);
    }
}
