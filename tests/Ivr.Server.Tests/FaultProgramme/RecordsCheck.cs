using Npgsql;

namespace Ivr.Server.Tests.FaultProgramme;

/// <summary>
/// The call records against the ledger: inbound calls without a finished row in records.calls (lost), rows beyond one
/// per call (duplicated), and the day's figures (records.daily_language arrivals) against the rows of calls (a
/// callback's own row is not an arrival).
/// </summary>
public static class RecordsCheck
{
    public sealed record Result(long Missing, long Duplicated, long Rows, long RollupArrivals);

    public static async Task<long> FinishedAsync(string postgres, string[] sids)
    {
        try
        {
            await using var connection = new NpgsqlConnection(postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(DISTINCT call_sid) FROM records.calls WHERE call_sid = ANY(@sids) AND outcome <> 'in_progress'", connection);
            command.Parameters.AddWithValue("sids", sids);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (NpgsqlException)
        {
            return -1;
        }
    }

    public static async Task<Result> CompareAsync(string postgres, string[] sids)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM unnest(@sids) AS s(sid)
                     WHERE NOT EXISTS (SELECT 1 FROM records.calls c WHERE c.call_sid = s.sid AND c.outcome <> 'in_progress')),
                   (SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM records.calls WHERE call_sid = ANY(@sids) GROUP BY call_sid) AS per_call),
                   (SELECT count(*) FROM records.calls WHERE callback_of IS NULL),
                   (SELECT coalesce(sum(arrivals), 0) FROM records.daily_language)
            """, connection);
        command.Parameters.AddWithValue("sids", sids);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Result(reader.GetInt64(0), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>The ACD's events that name a counselor between two instants (real time), oldest first: what it saw of a double assignment.</summary>
    public static async Task<string> CounselorHistoryAsync(string postgres, string counselor, DateTimeOffset from, DateTimeOffset to, DateTimeOffset start)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT at, type, call_sid, fields::text FROM records.call_events
            WHERE fields->>'counselor' = @counselor AND at BETWEEN @from AND @to ORDER BY at
            """, connection);
        command.Parameters.AddWithValue("counselor", counselor);
        command.Parameters.AddWithValue("from", from.AddSeconds(-10));
        command.Parameters.AddWithValue("to", to.AddSeconds(2));
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var at = (reader.GetFieldValue<DateTimeOffset>(0) - start).TotalSeconds;
            lines.Add($"{at.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {reader.GetString(1)} {reader.GetString(2)} {reader.GetString(3)}");
        }
        return "  ACD: " + string.Join("; ", lines);
    }
}
