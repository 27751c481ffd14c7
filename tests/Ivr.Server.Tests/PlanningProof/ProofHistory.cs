using Npgsql;

namespace Ivr.Server.Tests.PlanningProof;

/// <summary>
/// Eight weeks of call history for the proof's three languages, written to the <c>records.daily_interval</c> rollup the
/// planner reads: a large (zh), a medium (vi) and a small language (th, "Chinese ten times Thai"), open 09:00-18:00 with
/// a morning peak, each with its handling time and its callers' patience (queue wait over abandoned callers: the
/// planner's measure). Counts vary ±10 % from day to day (seeded), so the forecast is computed, not copied.
/// </summary>
public static class ProofHistory
{
    public sealed record Profile(string Code, int Number, double DailyCalls, double AhtSeconds, double PatienceSeconds);

    public static IReadOnlyList<Profile> Languages { get; } =
    [
        new("zh", 3, 1000, 300, 180),
        new("vi", 4, 300, 360, 150),
        new("th", 5, 80, 420, 200),
    ];

    /// <summary>Shares of the day's calls per half hour from 09:00 (interval 18): the peak at 10:00-11:30.</summary>
    private static readonly double[] Shape = [5, 7, 9, 9.5, 9.5, 8.5, 6.5, 5, 5.5, 6.5, 6.5, 6, 5, 4.5, 3.5, 2.5, 1.5, 0.5];

    private const int FirstOpenInterval = 18;
    private const double AbandonedShare = 0.06;

    public static async Task WriteAsync(string postgres, DateOnly forecastDay)
    {
        var random = new Random(1345);
        var (days, languages, intervals, offered, abandoned, handled, handle, wait) = (new List<DateOnly>(), new List<string>(), new List<short>(),
            new List<int>(), new List<int>(), new List<int>(), new List<double>(), new List<double>());
        var total = Shape.Sum();
        for (var day = forecastDay.AddDays(-7 * 8); day < forecastDay; day = day.AddDays(1))
        {
            foreach (var language in Languages)
            {
                for (var i = 0; i < Shape.Length; i++)
                {
                    var calls = (int)Math.Round(language.DailyCalls * Shape[i] / total * (0.9 + 0.2 * random.NextDouble()));
                    var gaveUp = Enumerable.Range(0, calls).Count(_ => random.NextDouble() < AbandonedShare);
                    days.Add(day);
                    languages.Add(language.Code);
                    intervals.Add((short)(FirstOpenInterval + i));
                    offered.Add(calls);
                    abandoned.Add(gaveUp);
                    handled.Add(calls - gaveUp);
                    handle.Add((calls - gaveUp) * language.AhtSeconds);
                    wait.Add(gaveUp * language.PatienceSeconds);
                }
            }
        }
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO records.daily_interval (day, language, interval, offered, answered, abandoned, handled, handle_seconds, wait_seconds, abandoned_wait_seconds)
            SELECT d, l, i, o, h, a, h, hs, w, w FROM unnest(@days, @languages, @intervals, @offered, @abandoned, @handled, @handle, @wait) AS t(d, l, i, o, a, h, hs, w)
            """, connection);
        command.Parameters.AddWithValue("days", days.ToArray());
        command.Parameters.AddWithValue("languages", languages.ToArray());
        command.Parameters.AddWithValue("intervals", intervals.ToArray());
        command.Parameters.AddWithValue("offered", offered.ToArray());
        command.Parameters.AddWithValue("abandoned", abandoned.ToArray());
        command.Parameters.AddWithValue("handled", handled.ToArray());
        command.Parameters.AddWithValue("handle", handle.ToArray());
        command.Parameters.AddWithValue("wait", wait.ToArray());
        await command.ExecuteNonQueryAsync();
    }
}
