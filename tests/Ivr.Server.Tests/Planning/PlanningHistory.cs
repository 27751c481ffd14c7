using Ivr.Server.Planning.Forecasting;

namespace Ivr.Server.Tests.Planning;

/// <summary>A regular history: Vietnamese calls 10:00-18:00 on weekdays, twice as many on Mondays, 300 s each, one caller a day hanging up.</summary>
public static class PlanningHistory
{
    public static readonly DateOnly From = new(2026, 3, 2); // a Monday

    public const int FirstInterval = 20, LastInterval = 35;

    public static IEnumerable<IntervalCount> Weeks(DateOnly before, int weeks, Func<DateOnly, double>? scale = null, string language = "vi")
    {
        for (var day = before.AddDays(-7 * weeks); day < before; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }
            for (var interval = FirstInterval; interval <= LastInterval; interval++)
            {
                var offered = (int)Math.Round((day.DayOfWeek == DayOfWeek.Monday ? 4 : 2) * (scale?.Invoke(day) ?? 1));
                var abandoned = interval == FirstInterval ? 1 : 0;
                yield return new IntervalCount(day, language, interval, offered, abandoned, offered - abandoned, 300.0 * (offered - abandoned), 60 * offered);
            }
        }
    }
}
