namespace Ivr.Server.Hours;

/// <summary>
/// Languages, holidays and the emergency closure as one immutable snapshot, answering "is this language open
/// now, and if not, when". On a holiday a language is open only in that holiday's hours for it. Pure: the caller
/// passes the time.
/// </summary>
public sealed class HoursDirectory
{
    private readonly Dictionary<string, LanguageLine> byCode;
    private readonly Dictionary<int, LanguageLine> byNumber;
    private readonly Dictionary<DateOnly, Holiday> holidays;

    public HoursDirectory(IEnumerable<LanguageLine> languages, IEnumerable<Holiday> holidays, Closure closure, TimeZoneInfo timeZone)
    {
        Languages = [.. languages.OrderBy(language => language.MenuNumber)];
        byCode = Languages.ToDictionary(language => language.Code, StringComparer.Ordinal);
        byNumber = Languages.Where(language => language.Enabled).ToDictionary(language => language.MenuNumber);
        this.holidays = holidays.ToDictionary(holiday => holiday.Date);
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
        var time = TimeOnly.FromDateTime(local);
        return holidays.TryGetValue(DateOnly.FromDateTime(local), out var holiday)
            ? holiday.OpeningsOf(language.Code).Any(opening => opening.Contains(time))
            : language.Schedule.Any(period => period.Contains(local.DayOfWeek, time));
    }

    /// <summary>The holiday of the local date at <paramref name="now"/>, or null on an ordinary day.</summary>
    public Holiday? HolidayAt(DateTimeOffset now) => holidays.GetValueOrDefault(DateOnly.FromDateTime(LocalTime(now)));

    /// <summary>The holiday on <paramref name="date"/>, or null on an ordinary day.</summary>
    public Holiday? HolidayOn(DateOnly date) => holidays.GetValueOrDefault(date);

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
            // On a holiday only the language's holiday openings count (none: closed all day).
            var opens = holidays.TryGetValue(date, out var holiday)
                ? holiday.OpeningsOf(language.Code).Select(opening => opening.From)
                : language.Schedule.Where(period => period.Day == date.DayOfWeek).Select(period => period.Open);
            var opening = opens
                .Select(open => date.ToDateTime(open))
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

    /// <summary>
    /// When the opening the language is in now ends (local time; openings that follow without a gap count as one), or
    /// null when it is closed now.
    /// </summary>
    public DateTime? ClosesAt(string code, DateTimeOffset now)
    {
        if (!IsOpen(code, now))
        {
            return null;
        }
        var local = LocalTime(now);
        var date = DateOnly.FromDateTime(local);
        var openings = holidays.TryGetValue(date, out var holiday)
            ? holiday.OpeningsOf(code).Select(opening => (opening.From, opening.To))
            : Find(code)!.Schedule.Where(period => period.Day == date.DayOfWeek).Select(period => (From: period.Open, To: period.Close));
        var ordered = openings.OrderBy(opening => opening.From).ToList();
        var time = TimeOnly.FromDateTime(local);
        var close = ordered.First(opening => time >= opening.From && time < opening.To).To;
        foreach (var opening in ordered)
        {
            if (opening.From == close)
            {
                close = opening.To;
            }
        }
        return date.ToDateTime(close);
    }

    /// <summary>A local time of the contact center as an instant.</summary>
    public DateTimeOffset ToInstant(DateTime local) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone));

    /// <summary>An open language to offer instead, by menu order, preferring the ones listed first.</summary>
    public LanguageLine? OpenAlternative(string closedCode, IEnumerable<string> preferred, DateTimeOffset now) =>
        preferred.Select(Find).OfType<LanguageLine>()
            .Concat(Enabled)
            .FirstOrDefault(language => language.Code != closedCode && IsOpen(language.Code, now));
}
