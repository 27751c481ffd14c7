using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.Planning.Forecasting;

/// <summary>
/// What the history says about one language (see docs/planning.md): for each day of the week the weighted average of
/// its daily totals (<see cref="Forecaster.WeekWeight"/> per week of age) and the share of the day in each half hour
/// (all the weeks pooled); the handling time per half hour, pulled towards the language's average by
/// <see cref="AhtPrior"/> calls; and the callers' mean patience, total queue wait / abandoned calls.
/// </summary>
public sealed class LanguageProfile
{
    /// <summary>Calls' worth of weight the language's average AHT has against a half hour's own calls.</summary>
    public const double AhtPrior = 10;

    /// <summary>The handling time assumed for a language that has not handled a call in the history.</summary>
    public const double DefaultAhtSeconds = 300;

    private readonly double[] dayTotals = new double[7];
    private readonly double[,] shares = new double[7, DailyIntervalRollup.PerDay];
    private readonly double[] aht = new double[DailyIntervalRollup.PerDay];

    public LanguageProfile(IEnumerable<IntervalCount> rows, DateOnly before, Func<DateOnly, bool> isHoliday)
    {
        var byDay = rows.Where(row => !isHoliday(row.Day)).GroupBy(row => row.Day).ToDictionary(day => day.Key, day => day.ToList());
        var weighted = new double[7];
        var weights = new double[7];
        var dayCalls = new double[7];
        var handled = new double[DailyIntervalRollup.PerDay];
        var handleSeconds = new double[DailyIntervalRollup.PerDay];
        double abandoned = 0, waited = 0;
        for (var day = before.AddDays(-7 * Forecaster.HistoryWeeks); day < before; day = day.AddDays(1))
        {
            if (isHoliday(day))
            {
                continue;
            }
            var dow = (int)day.DayOfWeek;
            var weight = Math.Pow(Forecaster.WeekWeight, (before.DayNumber - day.DayNumber - 1) / 7);
            var counts = byDay.GetValueOrDefault(day) ?? [];
            var total = counts.Sum(row => row.Offered);
            weighted[dow] += weight * total;
            weights[dow] += weight;
            dayCalls[dow] += total;
            foreach (var row in counts)
            {
                shares[dow, row.Interval] += row.Offered;
                handled[row.Interval] += row.Handled;
                handleSeconds[row.Interval] += row.HandleSeconds;
                abandoned += row.Abandoned;
                waited += row.WaitSeconds;
            }
        }
        for (var dow = 0; dow < 7; dow++)
        {
            dayTotals[dow] = weights[dow] > 0 ? weighted[dow] / weights[dow] : 0;
            for (var interval = 0; interval < DailyIntervalRollup.PerDay; interval++)
            {
                shares[dow, interval] = dayCalls[dow] > 0 ? shares[dow, interval] / dayCalls[dow] : 0;
            }
        }
        var average = handled.Sum() > 0 ? handleSeconds.Sum() / handled.Sum() : DefaultAhtSeconds;
        for (var interval = 0; interval < DailyIntervalRollup.PerDay; interval++)
        {
            aht[interval] = (handleSeconds[interval] + AhtPrior * average) / (handled[interval] + AhtPrior);
        }
        (Abandoned, Waited) = (abandoned, waited);
    }

    /// <summary>Callers who hung up in the queue, and the queue wait of all queued callers (seconds), in the history used.</summary>
    public double Abandoned { get; }

    public double Waited { get; }

    /// <summary>Mean patience in seconds; null when nobody hung up in the queue (Erlang C then).</summary>
    public double? PatienceSeconds => Patience(Abandoned, Waited);

    /// <summary>The exponential patience's maximum-likelihood mean: total wait / abandoned; null when nobody abandoned.</summary>
    public static double? Patience(double abandoned, double waited) => abandoned > 0 ? waited / abandoned : null;

    public double Offered(DateOnly date, int interval) => dayTotals[(int)date.DayOfWeek] * shares[(int)date.DayOfWeek, interval];

    public double HandleSeconds(int interval) => aht[interval];
}
