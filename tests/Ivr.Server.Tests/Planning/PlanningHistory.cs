using Ivr.Server.Planning.Forecasting;
using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.Tests.Planning;

/// <summary>A regular history: Vietnamese calls 10:00-18:00 on weekdays, twice as many on Mondays, 300 s each, one caller a day hanging up.</summary>
public static class PlanningHistory
{
    public static readonly DateOnly From = new(2026, 3, 2); // a Monday

    public const int FirstInterval = 20, LastInterval = 35;

    public static IEnumerable<IntervalCount> Weeks(DateOnly before, int weeks, Func<DateOnly, double>? scale = null, string language = "vi")
    {
        for (var day = before.AddDays(-7 * weeks); day < before; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }
            for (var interval = FirstInterval; interval <= LastInterval; interval++)
            {
                var offered = (int)Math.Round((day.DayOfWeek == DayOfWeek.Monday ? 4 : 2) * (scale?.Invoke(day) ?? 1));
                var abandoned = interval == FirstInterval ? 1 : 0;
                yield return new IntervalCount(day, language, interval, offered, abandoned, offered - abandoned, 300.0 * (offered - abandoned), 60 * offered);
            }
        }
    }

    /// <summary>Writes <paramref name="rows"/> into the rollup the planner reads (<c>records.daily_interval</c>).</summary>
    public static async Task InsertAsync(string connectionString, IEnumerable<IntervalCount> rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var row in rows)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO records.daily_interval (day, language, interval, offered, answered, abandoned, handled, handle_seconds, wait_seconds, abandoned_wait_seconds)
                VALUES ($1, $2, $3, $4, $4 - $5, $5, $6, $7, $8, 0)
                """, connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = row.Day, NpgsqlDbType = NpgsqlDbType.Date });
            foreach (var value in new object[] { row.Language, (short)row.Interval, row.Offered, row.Abandoned, row.Handled, row.HandleSeconds, row.WaitSeconds })
            {
                insert.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            await insert.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>A planning report table as the API returns it.</summary>
public sealed record Table(string[] Columns, List<object?[]> Rows);
