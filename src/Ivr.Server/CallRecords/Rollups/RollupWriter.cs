using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.CallRecords.Rollups;

/// <summary>Adds a <see cref="RollupDelta"/> to the rollup tables inside the caller's transaction, rows in key order so concurrent writers cannot deadlock.</summary>
public static class RollupWriter
{
    private const string AddArrays = "ARRAY(SELECT coalesce(a, 0) + coalesce(b, 0) FROM unnest(t.{0}, excluded.{0}) WITH ORDINALITY AS u(a, b, i) ORDER BY i)";

    private static readonly string[] LanguageCounters =
    [
        "arrivals", "self_service", "abandoned_in_menu", "after_hours", "closed", "queue_full", "queued", "answered",
        "abandoned_in_queue", "callbacks", "queue_timeouts", "transferred", "overflowed", "handled", "wrapped_up", "message_left",
        "answered_wait_seconds", "talk_seconds", "hold_seconds", "wrap_up_seconds",
    ];

    private static readonly string LanguageUpsert = $"""
        INSERT INTO records.daily_language AS t (day, language, {string.Join(", ", LanguageCounters)}, answered_within, abandoned_within, longest_wait_seconds)
        VALUES ({string.Join(", ", Enumerable.Range(1, LanguageCounters.Length + 5).Select(i => $"${i}"))})
        ON CONFLICT (day, language) DO UPDATE SET
        {string.Join(",\n", LanguageCounters.Select(c => $"{c} = t.{c} + excluded.{c}"))},
        answered_within = {string.Format(AddArrays, "answered_within")},
        abandoned_within = {string.Format(AddArrays, "abandoned_within")},
        longest_wait_seconds = GREATEST(t.longest_wait_seconds, excluded.longest_wait_seconds)
        """;

    private const string LongestWaitRecount = """
        UPDATE records.daily_language SET longest_wait_seconds = coalesce((
            SELECT max(wait_seconds) FROM records.calls
            WHERE day = $1 AND coalesce(language, '') = $2 AND queue_joined_at IS NOT NULL AND outcome <> 'in_progress'), 0)
        WHERE day = $1 AND language = $2
        """;

    public static async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RollupDelta delta, CancellationToken cancellationToken)
    {
        if (delta.IsEmpty)
        {
            return;
        }
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var ((day, language), totals) in delta.Languages.OrderBy(pair => pair.Key))
        {
            var command = new NpgsqlBatchCommand(LanguageUpsert);
            command.Parameters.Add(new NpgsqlParameter { Value = day, NpgsqlDbType = NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter { Value = language });
            foreach (var value in new object[]
            {
                totals.Arrivals, totals.SelfService, totals.AbandonedInMenu, totals.AfterHours, totals.Closed, totals.QueueFull,
                totals.Queued, totals.Answered, totals.AbandonedInQueue, totals.Callbacks, totals.QueueTimeouts, totals.Transferred,
                totals.Overflowed, totals.Handled, totals.WrappedUp, totals.MessageLeft, totals.AnsweredWaitSeconds, totals.TalkSeconds,
                totals.HoldSeconds, totals.WrapUpSeconds, totals.AnsweredWithin, totals.AbandonedWithin, totals.LongestWaitSeconds,
            })
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            batch.BatchCommands.Add(command);
            if (totals.LongestWaitMayShrink)
            {
                batch.BatchCommands.Add(Command(LongestWaitRecount, day, language));
            }
            if (totals.Arrivals < 0)
            {
                // A row whose last call moved away goes, so the tables equal a rebuild from the calls.
                batch.BatchCommands.Add(Command("DELETE FROM records.daily_language WHERE day = $1 AND language = $2 AND arrivals = 0", day, language));
            }
        }
        foreach (var ((day, dimension, code), calls) in delta.Dimensions.Where(pair => pair.Value != 0).OrderBy(pair => pair.Key))
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO records.daily_dimension AS t (dimension, day, code, calls) VALUES ($1, $2, $3, $4)
                ON CONFLICT (dimension, day, code) DO UPDATE SET calls = t.calls + excluded.calls
                """, dimension, day, code, calls));
            if (calls < 0)
            {
                batch.BatchCommands.Add(Command("DELETE FROM records.daily_dimension WHERE dimension = $1 AND day = $2 AND code = $3 AND calls = 0", dimension, day, code));
            }
        }
        foreach (var ((day, hour), arrivals) in delta.Hours.Where(pair => pair.Value != 0).OrderBy(pair => pair.Key))
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO records.hourly_arrivals AS t (day, hour, arrivals) VALUES ($1, $2, $3)
                ON CONFLICT (day, hour) DO UPDATE SET arrivals = t.arrivals + excluded.arrivals
                """, day, hour, arrivals));
            if (arrivals < 0)
            {
                batch.BatchCommands.Add(Command("DELETE FROM records.hourly_arrivals WHERE day = $1 AND hour = $2 AND arrivals = 0", day, hour));
            }
        }
        foreach (var ((day, counselor), totals) in delta.Counselors.OrderBy(pair => pair.Key))
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO records.counselor_daily AS t (day, counselor, handled, talk_seconds, hold_seconds, wrap_up_seconds, idle_seconds)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (day, counselor) DO UPDATE SET handled = t.handled + excluded.handled,
                    talk_seconds = t.talk_seconds + excluded.talk_seconds, hold_seconds = t.hold_seconds + excluded.hold_seconds,
                    wrap_up_seconds = t.wrap_up_seconds + excluded.wrap_up_seconds, idle_seconds = t.idle_seconds + excluded.idle_seconds
                """, day, counselor, totals.Handled, totals.TalkSeconds, totals.HoldSeconds, totals.WrapUpSeconds, totals.IdleSeconds));
            if (totals.Handled < 0)
            {
                batch.BatchCommands.Add(Command("DELETE FROM records.counselor_daily WHERE day = $1 AND counselor = $2 AND handled = 0 AND idle_seconds = 0", day, counselor));
            }
        }
        foreach (var ((day, language), totals) in delta.Callbacks.OrderBy(pair => pair.Key))
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO records.daily_callbacks AS t (day, language, requested, completed, failed, cancelled, attempts, time_to_callback_seconds)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (day, language) DO UPDATE SET requested = t.requested + excluded.requested,
                    completed = t.completed + excluded.completed, failed = t.failed + excluded.failed,
                    cancelled = t.cancelled + excluded.cancelled, attempts = t.attempts + excluded.attempts,
                    time_to_callback_seconds = t.time_to_callback_seconds + excluded.time_to_callback_seconds
                """, day, language, totals.Requested, totals.Completed, totals.Failed, totals.Cancelled, totals.Attempts, totals.TimeToCallbackSeconds));
            if (totals.Requested < 0)
            {
                batch.BatchCommands.Add(Command("DELETE FROM records.daily_callbacks WHERE day = $1 AND language = $2 AND requested = 0", day, language));
            }
        }
        foreach (var ((day, language, interval), totals) in delta.Intervals.OrderBy(pair => pair.Key))
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO records.daily_interval AS t (day, language, interval, offered, answered, abandoned, handled, handle_seconds, wait_seconds, abandoned_wait_seconds)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                ON CONFLICT (day, language, interval) DO UPDATE SET offered = t.offered + excluded.offered,
                    answered = t.answered + excluded.answered, abandoned = t.abandoned + excluded.abandoned,
                    handled = t.handled + excluded.handled, handle_seconds = t.handle_seconds + excluded.handle_seconds,
                    wait_seconds = t.wait_seconds + excluded.wait_seconds, abandoned_wait_seconds = t.abandoned_wait_seconds + excluded.abandoned_wait_seconds
                """, day, language, interval, totals.Offered, totals.Answered, totals.Abandoned, totals.Handled, totals.HandleSeconds,
                totals.WaitSeconds, totals.AbandonedWaitSeconds));
            if (totals.Offered < 0)
            {
                batch.BatchCommands.Add(Command("DELETE FROM records.daily_interval WHERE day = $1 AND language = $2 AND interval = $3 AND offered = 0", day, language, interval));
            }
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value is DateOnly ? new NpgsqlParameter { Value = value, NpgsqlDbType = NpgsqlDbType.Date } : new NpgsqlParameter { Value = value });
        }
        return command;
    }
}
