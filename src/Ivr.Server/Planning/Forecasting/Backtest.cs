using Ivr.Server.Hours;

namespace Ivr.Server.Planning.Forecasting;

/// <summary>How far a language's forecast of the last <see cref="Forecaster.HorizonDays"/> days, made from the weeks before them, was from what came.</summary>
/// <param name="DailyMape">Mean absolute percentage error of the daily totals, over the days with calls (percent).</param>
/// <param name="IntervalWape">Sum of the half hours' absolute errors / the calls (percent): MAPE's form that half hours without calls cannot break.</param>
public sealed record BacktestResult(string Language, int Actual, double Forecast, double? DailyMape, double? IntervalWape)
{
    /// <summary>Forecasts [<paramref name="from"/> − 28 days, <paramref name="from"/>) from the history before it and compares with the history.</summary>
    public static List<BacktestResult> Run(IReadOnlyList<IntervalCount> history, DateOnly from, Func<DateOnly, Holiday?> holidays)
    {
        var start = from.AddDays(-Forecaster.HorizonDays);
        var profiles = Forecaster.Profiles(history, start, holidays);
        var forecast = Forecaster.Forecast(profiles, start, Forecaster.HorizonDays, holidays)
            .ToDictionary(cell => (cell.Date, cell.Language, cell.Interval), cell => cell.Offered);
        var actual = history.Where(row => row.Day >= start && row.Day < from)
            .ToDictionary(row => (Date: row.Day, row.Language, row.Interval), row => (double)row.Offered);
        var results = new List<BacktestResult>();
        foreach (var language in profiles.Keys.Union(actual.Keys.Select(key => key.Language)).Order(StringComparer.Ordinal))
        {
            var cells = forecast.Keys.Union(actual.Keys).Where(key => key.Language == language)
                .Select(key => (key.Date, Forecast: forecast.GetValueOrDefault(key), Actual: actual.GetValueOrDefault(key))).ToList();
            var days = cells.GroupBy(cell => cell.Date).Select(day => (Forecast: day.Sum(c => c.Forecast), Actual: day.Sum(c => c.Actual)))
                .Where(day => day.Actual > 0).ToList();
            var calls = cells.Sum(cell => cell.Actual);
            results.Add(new BacktestResult(
                language, (int)calls, cells.Sum(cell => cell.Forecast),
                days.Count > 0 ? 100 * days.Average(day => Math.Abs(day.Forecast - day.Actual) / day.Actual) : null,
                calls > 0 ? 100 * cells.Sum(cell => Math.Abs(cell.Forecast - cell.Actual)) / calls : null));
        }
        return results;
    }
}
