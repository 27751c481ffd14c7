using Ivr.Server.Hours;

namespace Ivr.Server.Planning;

/// <summary>The days planning knows about: today, and the holidays of the calendar.</summary>
public interface IPlanningCalendar
{
    /// <summary>The first forecast day by default: today in the records time zone (the history ends with yesterday).</summary>
    DateOnly Today { get; }

    Task<Func<DateOnly, Holiday?>> HolidaysAsync(CancellationToken cancellationToken);
}
