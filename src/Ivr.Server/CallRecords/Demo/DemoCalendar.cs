namespace Ivr.Server.CallRecords.Demo;

/// <summary>Hour slots of a year with demand weights: weekday peaks on Monday, hours 09-18 busiest, fixed-date holidays closed.</summary>
public static class DemoCalendar
{
    private static readonly double[] HourWeights = [0.8, 1.25, 1.2, 0.75, 1.0, 1.2, 1.15, 1.05, 0.9, 0.45, 0.35, 0.3, 0.2]; // 09..21
    private static readonly double[] MonthWeights = [1.1, 1.05, 1.15, 1.0, 0.95, 0.95, 1.0, 1.0, 0.95, 0.95, 1.0, 0.9];
    private static readonly (int Month, int Day)[] Holidays = [(1, 1), (3, 1), (5, 5), (6, 6), (8, 15), (10, 3), (10, 9), (12, 25)];

    public sealed record Slot(DateOnly Day, int Hour, bool Open, double Weight);

    public static IReadOnlyList<Slot> Slots(int year)
    {
        var slots = new List<Slot>();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var open = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains((day.Month, day.Day));
            var dayWeight = MonthWeights[day.Month - 1] * day.DayOfWeek switch
            {
                DayOfWeek.Monday => 1.2, DayOfWeek.Tuesday => 1.05, DayOfWeek.Wednesday => 1.0, DayOfWeek.Thursday => 0.98,
                DayOfWeek.Friday => 0.92, _ => 0.25,
            };
            for (var hour = 9; hour <= 21; hour++)
            {
                slots.Add(new Slot(day, hour, open, dayWeight * HourWeights[hour - 9]));
            }
        }
        return slots;
    }

    /// <summary>Weight of a slot for calls a language's counselors answer (open hours of that language only).</summary>
    public static double Staffed(Slot slot, string language) =>
        slot.Open && (slot.Hour < 18 || Demo1345Figures.EveningLanguages.Contains(language)) ? slot.Weight : 0;

    /// <summary>Weight of a slot for calls that reach the language's closed-hours message.</summary>
    public static double Closed(Slot slot, string language) => Staffed(slot, language) > 0 ? 0 : slot.Weight;
}
