using System.Globalization;
using System.Text.Json;
using Ivr.Acd.Routing;

namespace Ivr.Server.Hours;

/// <summary>Checks a holiday's open languages and converts holidays between their stored, API and domain forms.</summary>
public static class HolidayRules
{
    public const int MaxOpeningsPerLanguage = 8;

    /// <summary>
    /// Why <paramref name="openLanguages"/> cannot be stored (null when it can), with the openings parsed: language codes
    /// by <see cref="LanguageCode"/> and known to <paramref name="hours"/>, <c>HH:mm</c> times within the day, from before
    /// to, no overlaps within a language.
    /// </summary>
    public static string? Problem(
        IReadOnlyDictionary<string, IReadOnlyList<HolidayHours>>? openLanguages, HoursDirectory hours,
        out Dictionary<string, IReadOnlyList<HolidayOpening>> parsed)
    {
        parsed = new Dictionary<string, IReadOnlyList<HolidayOpening>>(StringComparer.Ordinal);
        foreach (var (code, periods) in openLanguages ?? new Dictionary<string, IReadOnlyList<HolidayHours>>())
        {
            if (!LanguageCode.IsValid(code))
            {
                return $"openLanguages: '{code}' is not a language code ({LanguageCode.Rule}).";
            }
            if (hours.Find(code) is null)
            {
                return $"openLanguages: '{code}' is not a language the center serves.";
            }
            if (periods is null || periods.Count is 0 or > MaxOpeningsPerLanguage)
            {
                return $"openLanguages.{code}: give 1 to {MaxOpeningsPerLanguage} openings ({{from, to}}); leave the language out to keep it closed.";
            }
            var openings = new List<HolidayOpening>();
            foreach (var period in periods)
            {
                if (period is null || !TryParseTime(period.From, out var from) || !TryParseTime(period.To, out var to))
                {
                    return $"openLanguages.{code}: times must be HH:mm within the day (00:00 to 23:59), got '{period?.From}'-'{period?.To}'.";
                }
                if (from >= to)
                {
                    return $"openLanguages.{code}: an opening from {period.From} to {period.To} must start before it ends.";
                }
                openings.Add(new HolidayOpening(from, to));
            }
            openings.Sort((a, b) => a.From.CompareTo(b.From));
            for (var index = 1; index < openings.Count; index++)
            {
                if (openings[index].From < openings[index - 1].To)
                {
                    return $"openLanguages.{code}: {Text(openings[index - 1])} and {Text(openings[index])} overlap.";
                }
            }
            parsed[code] = openings;
        }
        return null;
    }

    public static Holiday ToHoliday(this HolidayRecord record) =>
        new(record.Date, record.Name, Parse(record.OpenLanguages));

    public static HolidayView ToView(this Holiday holiday) => new(holiday.Date, holiday.Name, Views(holiday.OpenLanguages));

    /// <summary>For the audit log: the name, and the open languages with their hours (<c>Chuseok; open: en 10:00-17:00, ko 10:00-17:00</c>).</summary>
    public static string Describe(this Holiday holiday) =>
        holiday.OpenLanguages.Count == 0 ? holiday.Name
        : $"{holiday.Name}; open: {string.Join(", ", holiday.OpenLanguages.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => $"{pair.Key} {string.Join(" ", pair.Value.Select(Text))}"))}";

    public static string Serialize(IReadOnlyDictionary<string, IReadOnlyList<HolidayOpening>> openLanguages) =>
        JsonSerializer.Serialize(Views(openLanguages), JsonSerializerOptions.Web);

    private static Dictionary<string, IReadOnlyList<HolidayHours>> Views(IReadOnlyDictionary<string, IReadOnlyList<HolidayOpening>> openLanguages) =>
        openLanguages.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<HolidayHours>)[.. pair.Value.Select(opening => new HolidayHours(Time(opening.From), Time(opening.To)))],
            StringComparer.Ordinal);

    private static Dictionary<string, IReadOnlyList<HolidayOpening>> Parse(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, List<HolidayHours>>>(json, JsonSerializerOptions.Web) ?? [])
            .ToDictionary(
                pair => pair.Key,
                pair => (IReadOnlyList<HolidayOpening>)[.. pair.Value.Select(hours => new HolidayOpening(ParseStored(hours.From), ParseStored(hours.To)))],
                StringComparer.Ordinal);

    private static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static TimeOnly ParseStored(string text) =>
        TryParseTime(text, out var time) ? time : throw new FormatException($"A stored holiday opening time '{text}' is not HH:mm.");

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Text(HolidayOpening opening) => $"{Time(opening.From)}-{Time(opening.To)}";
}
