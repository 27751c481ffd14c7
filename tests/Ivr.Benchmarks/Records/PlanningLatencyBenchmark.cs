using System.Diagnostics;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Hours;
using Ivr.Server.Planning;
using Ivr.Server.Planning.Forecasting;
using Ivr.Server.Planning.Queueing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ivr.Benchmarks.Records;

/// <summary>
/// Forecast and requirement (every language × 28 days × 48 half hours, Erlang C and Erlang A) from the
/// <c>daily_interval</c> rollup, next to a raw GROUP BY of the same eight weeks of call rows into the same half hours.
/// </summary>
public sealed class PlanningLatencyBenchmark(RecordsContextSource contexts)
{
    private const string RawHalfHours = """
        SELECT day, coalesce(language, ''),
               (extract(hour FROM arrived_at AT TIME ZONE 'Asia/Seoul') * 2 + extract(minute FROM arrived_at AT TIME ZONE 'Asia/Seoul')::int / 30)::int,
               count(*)::int, (count(*) FILTER (WHERE outcome = 'abandoned_queue'))::int,
               (count(*) FILTER (WHERE answered_at IS NOT NULL AND talk_seconds IS NOT NULL))::int,
               coalesce(sum(talk_seconds + coalesce(hold_seconds, 0) + coalesce(wrap_up_seconds, 0)) FILTER (WHERE answered_at IS NOT NULL), 0),
               coalesce(sum(wait_seconds), 0)
        FROM records.calls
        WHERE day >= $1 AND day < $2 AND queue_joined_at IS NOT NULL AND callback_of IS NULL AND direction <> 'outbound' AND outcome <> 'in_progress'
        GROUP BY 1, 2, 3
        """;

    public async Task<string> RunAsync(DateOnly from, int runs)
    {
        var planner = new WorkforcePlanner(new IntervalHistoryReader(contexts), new NoHolidays(from));
        var target = new StaffingTarget();
        var cells = await planner.RequirementAsync(from, target, CancellationToken.None);
        var historyFrom = from.AddDays(-7 * Forecaster.HistoryWeeks);
        var rollupRows = await new IntervalHistoryReader(contexts).ReadAsync(historyFrom, from, CancellationToken.None);
        var rawRows = await RawAsync(historyFrom, from);
        var same = rollupRows.Sum(row => (long)row.Offered) == rawRows.Sum(row => (long)row.Offered) && rollupRows.Count == rawRows.Count;
        List<double> plan = [], forecast = [], raw = [];
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            await planner.RequirementAsync(from, target, CancellationToken.None);
            plan.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await planner.ForecastAsync(from, CancellationToken.None);
            forecast.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await RawAsync(historyFrom, from);
            raw.Add(watch.Elapsed.TotalMilliseconds);
        }
        var backtest = await planner.BacktestAsync(from, CancellationToken.None);
        var languages = cells.Select(cell => cell.Forecast.Language).Distinct().Count();
        return $"| forecast + requirement from {from:yyyy-MM-dd}, {languages} languages, {cells.Count:N0} half hours with calls | " +
            $"**{Median(plan):0} ms** (forecast alone {Median(forecast):0} ms) | raw GROUP BY of the 8 weeks' call rows into half hours: {Median(raw):0} ms | " +
            $"same half hours and calls: {same} | Erlang A needs {cells.Sum(cell => cell.ErlangA):N0} counselor-half-hours, Erlang C {cells.Sum(cell => cell.ErlangC):N0} |\n" +
            "backtest (daily MAPE %, half-hour WAPE %): " + string.Join(", ", backtest.Select(result => $"{result.Language} {result.DailyMape:0.0}/{result.IntervalWape:0.0}"));
    }

    private async Task<List<IntervalCount>> RawAsync(DateOnly from, DateOnly to)
    {
        await using var db = contexts.Create();
        await db.Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(RawHalfHours, (NpgsqlConnection)db.Database.GetDbConnection()) { CommandTimeout = 600 };
        command.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        var rows = new List<IntervalCount>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new IntervalCount(reader.GetFieldValue<DateOnly>(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetDouble(6), reader.GetDouble(7)));
        }
        return rows;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>The demo history's holidays are not in a calendar here: every day counts.</summary>
    private sealed class NoHolidays(DateOnly today) : IPlanningCalendar
    {
        public DateOnly Today => today;

        public Task<Func<DateOnly, Holiday?>> HolidaysAsync(CancellationToken cancellationToken) => Task.FromResult<Func<DateOnly, Holiday?>>(_ => null);
    }
}
