using Ivr.Server.CallRecords.Model;
using Ivr.Server.Hours;

namespace Ivr.Server.Planning.Forecasting;

/// <summary>
/// Forecasts queued callers and handling time per language and half hour from the <see cref="HistoryWeeks"/> weeks
/// before the first forecast day (<see cref="LanguageProfile"/>). Holidays of the calendar are left out of the history;
/// on a forecast holiday a language is expected only in its holiday openings, with the calls of that weekday.
/// </summary>
public static class Forecaster
{
    public const int HistoryWeeks = 8;

    /// <summary>Each week further back counts this much less than the one after it (1, 0.8, 0.64, ...).</summary>
    public const double WeekWeight = 0.8;

    public const int HorizonDays = 28;

    public static IReadOnlyDictionary<string, LanguageProfile> Profiles(IEnumerable<IntervalCount> history, DateOnly from, Func<DateOnly, Holiday?> holidays) =>
        history.Where(row => row.Day < from && row.Day >= from.AddDays(-7 * HistoryWeeks))
            .GroupBy(row => row.Language)
            .ToDictionary(language => language.Key, language => new LanguageProfile(language, from, day => holidays(day) is not null), StringComparer.Ordinal);

    /// <summary>Every half hour of <paramref name="days"/> days from <paramref name="from"/> with calls expected, by date, language and half hour.</summary>
    public static List<ForecastCell> Forecast(IReadOnlyDictionary<string, LanguageProfile> profiles, DateOnly from, int days, Func<DateOnly, Holiday?> holidays)
    {
        var cells = new List<ForecastCell>();
        for (var date = from; date < from.AddDays(days); date = date.AddDays(1))
        {
            var holiday = holidays(date);
            foreach (var (language, profile) in profiles.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                for (var interval = 0; interval < DailyIntervalRollup.PerDay; interval++)
                {
                    var offered = holiday is null || OpenOn(holiday, language, interval) ? profile.Offered(date, interval) : 0;
                    if (offered > 0)
                    {
                        cells.Add(new ForecastCell(date, language, interval, offered, profile.HandleSeconds(interval)));
                    }
                }
            }
        }
        return cells;
    }

    private static bool OpenOn(Holiday holiday, string language, int interval)
    {
        var start = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(interval * ForecastCell.Minutes));
        var end = start.AddMinutes(ForecastCell.Minutes);
        return holiday.OpeningsOf(language).Any(opening => opening.From < (end == TimeOnly.MinValue ? TimeOnly.MaxValue : end) && start < opening.To);
    }
}
