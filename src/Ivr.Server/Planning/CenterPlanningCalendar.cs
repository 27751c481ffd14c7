using Ivr.Server.CallRecords;
using Ivr.Server.Configuration;
using Ivr.Server.Hours;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Planning;

/// <summary>The center's calendar: today in the records time zone and the holidays operations keep (<c>/api/ivr/holidays</c>).</summary>
public sealed class CenterPlanningCalendar(ConfigurationCache configuration, IOptions<CallRecordsOptions> options, TimeProvider clock) : IPlanningCalendar
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.Value.ResolveTimeZone()).DateTime);

    public async Task<Func<DateOnly, Holiday?>> HolidaysAsync(CancellationToken cancellationToken) =>
        (await configuration.GetAsync(cancellationToken)).Hours.HolidayOn;
}
