namespace Ivr.Server.Hours;

/// <summary>One opening on one weekday, in the contact center's time zone; <see cref="Close"/> is exclusive.</summary>
public sealed record OpeningPeriod(DayOfWeek Day, TimeOnly Open, TimeOnly Close)
{
    public bool Contains(DayOfWeek day, TimeOnly time) => day == Day && time >= Open && time < Close;
}
