namespace Ivr.Server.Hours;

/// <summary>
/// Languages, holidays and the emergency closure as one immutable snapshot, answering "is this language open
/// now, and if not, when". Pure: the caller passes the time.
/// </summary>
public sealed class HoursDirectory
{
    private readonly Dictionary<string, LanguageLine> byCode;
    private readonly Dictionary<int, LanguageLine> byNumber;
    private readonly HashSet<DateOnly> holidays;

    public HoursDirectory(IEnumerable<LanguageLine> languages, IEnumerable<DateOnly> holidays, Closure closure, TimeZoneInfo timeZone)
    {
        Languages = [.. languages.OrderBy(language => language.MenuNumber)];
        byCode = Languages.ToDictionary(language => language.Code, StringComparer.Ordinal);
        byNumber = Languages.Where(language => language.Enabled).ToDictionary(language => language.MenuNumber);
        this.holidays = [.. holidays];
        Closure = closure;
        TimeZone = timeZone;
    }

    public IReadOnlyList<LanguageLine> Languages { get; }

    public IEnumerable<LanguageLine> Enabled => Languages.Where(language => language.Enabled);

    public Closure Closure { get; }

    public TimeZoneInfo TimeZone { get; }

    public LanguageLine? Find(string code) => byCode.GetValueOrDefault(code);

    public LanguageLine? ByMenuNumber(int number) => byNumber.GetValueOrDefault(number);

    public DateTime LocalTime(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, TimeZone).DateTime;

    public bool IsOpen(string code, DateTimeOffset now)
    {
        if (Find(code) is not { Enabled: true } language)
        {
            return false;
        }
        var local = LocalTime(now);
        return !holidays.Contains(DateOnly.FromDateTime(local)) &&
               language.Schedule.Any(period => period.Contains(local.DayOfWeek, TimeOnly.FromDateTime(local)));
    }

    /// <summary>The next local time the language opens, within two weeks; null when it has no opening then.</summary>
    public DateTime? NextOpening(string code, DateTimeOffset now)
    {
        if (Find(code) is not { Enabled: true } language)
        {
            return null;
        }
        var local = LocalTime(now);
        for (var offset = 0; offset < 15; offset++)
        {
            var date = DateOnly.FromDateTime(local).AddDays(offset);
            if (holidays.Contains(date))
            {
                continue;
            }
            var opening = language.Schedule
                .Where(period => period.Day == date.DayOfWeek)
                .Select(period => date.ToDateTime(period.Open))
                .Where(start => start > local)
                .Order()
                .FirstOrDefault();
            if (opening != default)
            {
                return opening;
            }
        }
        return null;
    }

    /// <summary>An open language to offer instead, by menu order, preferring the ones listed first.</summary>
    public LanguageLine? OpenAlternative(string closedCode, IEnumerable<string> preferred, DateTimeOffset now) =>
        preferred.Select(Find).OfType<LanguageLine>()
            .Concat(Enabled)
            .FirstOrDefault(language => language.Code != closedCode && IsOpen(language.Code, now));
}
