using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Planning.Forecasting;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.Planning;

/// <summary>Reads the <c>records.daily_interval</c> rollup, never the call rows: a forecast reads 8 weeks of it however long the history.</summary>
public sealed class IntervalHistoryReader(RecordsContextSource contexts)
{
    /// <summary>Rollup rows of days [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<List<IntervalCount>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT day, language, interval, offered, abandoned, handled, handle_seconds, wait_seconds
            FROM records.daily_interval WHERE day >= $1 AND day < $2
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
        var rows = new List<IntervalCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new IntervalCount(
                reader.GetFieldValue<DateOnly>(0), reader.GetString(1), reader.GetInt16(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetDouble(6), reader.GetDouble(7)));
        }
        return rows;
    }
}
