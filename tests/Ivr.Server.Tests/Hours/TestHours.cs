using Ivr.Server.Hours;

namespace Ivr.Server.Tests.Hours;

/// <summary>Seoul times for tests (Monday 30 November 2026), and directories over the default languages.</summary>
public static class TestHours
{
    public static TimeZoneInfo Seoul { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    public static DateTimeOffset Monday(int hour, int minute = 0) => new(2026, 11, 30, hour, minute, 0, TimeSpan.FromHours(9));

    public static HoursDirectory Directory(Closure? closure = null, params DateOnly[] holidays) =>
        Directory(closure, [.. holidays.Select(date => Holiday.AllClosed(date, "Holiday"))]);

    public static HoursDirectory Directory(Closure? closure, IReadOnlyList<Holiday> holidays) =>
        new(DefaultLanguages.All, holidays, closure ?? Closure.None, Seoul);
}
