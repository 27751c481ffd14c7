using Ivr.Server.Configuration;

namespace Ivr.Server.Lawyers;

/// <summary>A lawyer's weekly slots as instants: slots are written in the center's time zone (Asia/Seoul), sessions stored in UTC.</summary>
public sealed class SlotCalendar(CenterTimeZone timeZone)
{
    /// <summary>The slot of <paramref name="lawyer"/> that starts exactly at <paramref name="startsAt"/>, with its end; null when none does.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? Find(Lawyer lawyer, DateTimeOffset startsAt)
    {
        var local = TimeZoneInfo.ConvertTime(startsAt, timeZone.Zone);
        var slot = lawyer.Slots.FirstOrDefault(slot => slot.Day == local.DayOfWeek && slot.Start == TimeOnly.FromTimeSpan(local.TimeOfDay));
        return slot is null ? null : (startsAt.ToUniversalTime(), At(DateOnly.FromDateTime(local.DateTime), slot.End));
    }

    /// <summary>Every slot of <paramref name="lawyer"/> starting after <paramref name="from"/> and within <paramref name="days"/> days, in order.</summary>
    public IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Upcoming(Lawyer lawyer, DateTimeOffset from, int days)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, timeZone.Zone).DateTime);
        for (var day = 0; day <= days; day++)
        {
            var date = today.AddDays(day);
            foreach (var slot in lawyer.Slots.Where(slot => slot.Day == date.DayOfWeek).OrderBy(slot => slot.Start))
            {
                var start = At(date, slot.Start);
                if (start > from)
                {
                    yield return (start, At(date, slot.End));
                }
            }
        }
    }

    /// <summary>The local date and time of the center as an instant (UTC).</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, timeZone.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The instant in the center's time zone.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, timeZone.Zone);
}
